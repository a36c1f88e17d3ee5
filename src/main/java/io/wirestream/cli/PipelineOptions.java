package io.wirestream.cli;

import java.time.Duration;
import java.util.HashMap;

import io.wirestream.clean.RecurringConfig;
import io.wirestream.ingest.FeedParser;
import io.wirestream.topology.Stages;
import io.wirestream.topology.WirestreamConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How the topology runs (topics created, dedupe, threads, guarantee, item limit): shared by {@code run},
 * {@code replay --side-by-side} and {@code soak}, so a replay decides exactly as the live application
 * does and a soak runs the configuration it is given.
 */
final class PipelineOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions of the topics created when missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1",
            description = "Replication factor of created and internal topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Mixin
    DedupeOptions dedupe;

    @Mixin
    RulesOptions rules;

    @Option(names = "--chrome-min-stories", defaultValue = "" + RecurringConfig.DEFAULT_MIN_STORIES, paramLabel = "N",
            description = "A paragraph that recurs in N distinct stories of one source (url host or portal) within "
                    + "--chrome-horizon is that source's chrome and is removed from its later items; at least 2, "
                    + "so nothing seen once is removed. Each partition learns on its own (default: ${DEFAULT-VALUE}).")
    int chromeMinStories;

    @Option(names = "--chrome-horizon", defaultValue = "7d", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "How long, in stream time, a paragraph's sightings count toward --chrome-min-stories and are "
                    + "kept in the clean-recurring-store: 7d, 12h, P7D (default: ${DEFAULT-VALUE}).")
    Duration chromeHorizon;

    @Option(names = "--threads",
            description = "Stream threads; at most one per partition does work (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--at-least-once", description = "Use at-least-once instead of exactly-once v2 processing: "
            + "records are readable downstream once sent instead of at each of three commits (about 100 ms each), "
            + "but after a crash an article can come out twice.")
    boolean atLeastOnce;

    @Option(names = "--max-item-bytes", defaultValue = "" + FeedParser.DEFAULT_MAX_ITEM_BYTES, paramLabel = "BYTES",
            description = "Largest raw item accepted; a larger one is dead-lettered at parse with the limit named "
                    + "(default: ${DEFAULT-VALUE}, up to 1048576).")
    int maxItemBytes;

    Stages stages(NerOptions ner) {
        return stages(ner, rules.packs());
    }

    /** The stages with packs already read, so a command that builds stages again reads its files once. */
    Stages stages(NerOptions ner, io.wirestream.text.RulePacks packs) {
        try {
            return Stages.standard(ner.config(), maxItemBytes, packs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }

    /** These options as {@code run} arguments, so a child {@code run} (the soak's instance) runs as configured here. */
    java.util.List<String> arguments() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--partitions", String.valueOf(partitions), "--replication-factor", String.valueOf(replicationFactor),
                "--dedupe-horizon", dedupe.horizon.toString(), "--dedupe-grace", dedupe.grace.toString(),
                "--near-copy-policy", dedupe.nearCopyPolicy, "--chrome-min-stories", String.valueOf(chromeMinStories),
                "--chrome-horizon", chromeHorizon.toString(), "--threads", String.valueOf(threads),
                "--max-item-bytes", String.valueOf(maxItemBytes)));
        if (atLeastOnce) {
            args.add("--at-least-once");
        }
        args.addAll(rules.arguments());
        return args;
    }

    /** The configuration of application {@code applicationId}; a bad value fails naming its option. */
    WirestreamConfig config(String bootstrap, String applicationId, ApplicationOptions app, KafkaOptions kafka) {
        try {
            return new WirestreamConfig(bootstrap, applicationId, partitions, replicationFactor,
                    dedupe.config(),
                    threads, app.stateDirOrDefault(), !atLeastOnce, new HashMap<>(kafka.commandConfigEntries()),
                    new RecurringConfig(chromeMinStories, chromeHorizon));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
