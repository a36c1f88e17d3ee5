package io.wirestream.dedupe;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dedupe stage remembers articles; validated here, once, naming the option.
 *
 * @param horizon how long, in stream time, an article is remembered ({@code --dedupe-horizon})
 */
public record DedupeConfig(Duration horizon) {

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);

    public DedupeConfig {
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("--dedupe-horizon must be positive, was " + horizon);
        }
    }

    /** The defaults: a seven-day horizon. */
    public static DedupeConfig defaults() {
        return new DedupeConfig(DEFAULT_HORIZON);
    }
}
