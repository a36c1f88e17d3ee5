package io.wirestream.dedupe;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the dedupe stage remembers, holds and decides articles; validated here, once, naming the option.
 *
 * @param horizon         how long, in stream time, an article is remembered ({@code --dedupe-horizon})
 * @param grace           how long, in stream time, a new article is held so an earlier copy or version
 *                        arriving later can still be seen first ({@code --dedupe-grace})
 * @param nearCopyPolicy  what an agency's own re-issue with substantial new text becomes ({@code --near-copy-policy})
 */
public record DedupeConfig(Duration horizon, Duration grace, NearCopyPolicy nearCopyPolicy) {

    public static final Duration DEFAULT_HORIZON = Duration.ofDays(7);
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    /** What happens to a near copy. */
    public enum NearCopyPolicy {
        /** Every near copy goes to {@code news.duplicates}, naming its original. */
        DUPLICATE,
        /**
         * A near copy from the original's own agency with substantial new text goes out as a
         * re-issue ({@code decision: reissue}) naming the original; other near copies are duplicates.
         */
        UPDATE;

        /** {@code duplicate} or {@code update}, as the option spells it. */
        public static NearCopyPolicy of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--near-copy-policy must be duplicate or update, was " + name);
            }
        }
    }

    public DedupeConfig {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(nearCopyPolicy, "nearCopyPolicy");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("--dedupe-horizon must be positive, was " + horizon);
        }
        if (grace.isNegative()) {
            throw new IllegalArgumentException("--dedupe-grace must not be negative, was " + grace);
        }
        if (grace.compareTo(horizon) >= 0) {
            throw new IllegalArgumentException("--dedupe-grace must be shorter than --dedupe-horizon (" + horizon
                    + "), was " + grace);
        }
    }

    /** The given horizon with the default grace and policy. */
    public DedupeConfig(Duration horizon) {
        this(horizon, DEFAULT_GRACE, NearCopyPolicy.DUPLICATE);
    }

    /** The defaults: a seven-day horizon, a ten-second grace, near copies are duplicates. */
    public static DedupeConfig defaults() {
        return new DedupeConfig(DEFAULT_HORIZON);
    }

    public DedupeConfig withGrace(Duration grace) {
        return new DedupeConfig(horizon, grace, nearCopyPolicy);
    }

    public DedupeConfig withNearCopyPolicy(NearCopyPolicy policy) {
        return new DedupeConfig(horizon, grace, policy);
    }
}
