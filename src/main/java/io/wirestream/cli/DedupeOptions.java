package io.wirestream.cli;

import java.time.Duration;

import io.wirestream.dedupe.DedupeConfig;
import picocli.CommandLine.Option;

/** The dedupe options {@code run} and {@code bench} share, so both measure and run the same stage. */
final class DedupeOptions {

    @Option(names = "--dedupe-horizon", defaultValue = "7d", converter = DurationConverter.class,
            description = "How long, in stream time, articles are remembered for dedupe: 7d, 12h, P7D (default: ${DEFAULT-VALUE}).")
    Duration horizon;

    @Option(names = "--dedupe-grace", defaultValue = "10s", converter = DurationConverter.class,
            description = "How long, in stream time, new articles wait so an earlier copy or version can still come "
                    + "first; every article's latency includes it, 0s decides at once in arrival order "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration grace;

    @Option(names = "--near-copy-policy", defaultValue = "duplicate",
            description = "What an agency's own re-issue with substantial new text becomes: duplicate or update (default: ${DEFAULT-VALUE}).")
    String nearCopyPolicy;

    /** The options as a config; an invalid combination throws, naming the option. */
    DedupeConfig config() {
        return new DedupeConfig(horizon, grace, DedupeConfig.NearCopyPolicy.of(nearCopyPolicy));
    }
}
