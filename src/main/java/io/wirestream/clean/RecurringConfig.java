package io.wirestream.clean;

import java.time.Duration;
import java.util.Objects;

/**
 * When {@link RecurringParagraphs} calls a paragraph chrome; validated here, once, naming the option.
 *
 * @param minStories how many distinct stories of one source must carry a paragraph before it is
 *                   removed, at least 2 ({@code --chrome-min-stories})
 * @param horizon    how long a sighting counts ({@code --chrome-horizon})
 */
public record RecurringConfig(int minStories, Duration horizon) {

    public static final int DEFAULT_MIN_STORIES = 4;
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);

    public RecurringConfig {
        if (minStories < 2) {
            throw new IllegalArgumentException("--chrome-min-stories must be >= 2 (nothing seen once is chrome), was "
                    + minStories);
        }
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("--chrome-horizon must be positive, was " + horizon);
        }
    }

    /** Four stories within seven days. */
    public static RecurringConfig defaults() {
        return new RecurringConfig(DEFAULT_MIN_STORIES, DEFAULT_HORIZON);
    }
}
