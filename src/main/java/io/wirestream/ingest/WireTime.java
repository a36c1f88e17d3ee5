package io.wirestream.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * A point in time read from a feed, with the zone the source wrote it in.
 *
 * @param instant the moment
 * @param zone    the zone as written ({@code "IST"}, {@code "+05:30"}), or {@code null} when none was given
 */
record WireTime(Instant instant, String zone) {
    WireTime {
        Objects.requireNonNull(instant, "instant");
    }
}
