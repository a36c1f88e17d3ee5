package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.text.RulePacks;
import io.wirestream.topology.OutputTopics;
import io.wirestream.topology.Topics;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wirestream replay}: reset an application so its next run reprocesses news.raw, or reprocess
 * it now beside the live application into versioned topics.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Prepare a stopped Wirestream application to reprocess news.raw: its input offsets go back "
                + "to the start (or to --to-datetime), its dedupe state is wiped (changelog and repartition topics "
                + "deleted with Kafka's StreamsResetter, local state directory removed). Then start 'wirestream run' "
                + "again with the same --application-id.",
                "Stop every instance of the application first. Downstream consumers then see the replayed "
                        + "articles again, with the same ids and versions as before for the same input.",
                "With --side-by-side VERSION the live application is left alone: news.raw (from the start, or "
                        + "--to-datetime) is reprocessed now, in this process, as application <application-id>-VERSION "
                        + "into news.enriched.VERSION, news.region.<desk>.VERSION, news.duplicates.VERSION and "
                        + "news.dlq.VERSION, with progress on stderr; the command exits with a summary once every item "
                        + "read has come out. The run options (--dedupe-grace, --ner-engine...) apply to it; give "
                        + "the live application's values to compare like with like."})
final class ReplayCommand implements Callable<Integer> {

    private static final DateTimeFormatter RESETTER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ApplicationOptions app;

    @Option(names = "--to-datetime", paramLabel = "ISO-8601",
            description = "Reprocess from this time, e.g. 2022-01-22T00:00:00Z (default: from the beginning).")
    String toDatetime;

    @Option(names = "--force", description = "Remove members an instance that crashed left in the group "
            + "(they linger for the session timeout). Never use it while an instance runs.")
    boolean force;

    @Option(names = "--dry-run", description = "Show what would be reset, change nothing.")
    boolean dryRun;

    @Option(names = "--broker-data-dir", paramLabel = "DIR",
            description = "Without --bootstrap-server and with no broker on --broker-port, start the embedded broker "
                    + "from this data directory (the one 'run' used) for the reset (default: <tmp>/wirestream-kafka).")
    Path brokerDataDir;

    @Option(names = "--broker-port", defaultValue = "9092",
            description = "Port of the local broker when no --bootstrap-server is given (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--side-by-side", paramLabel = "VERSION",
            description = "Reprocess now into versioned output topics (news.enriched.VERSION...) under application "
                    + "<application-id>-VERSION, beside the running live application; VERSION is lower-case letters, "
                    + "digits, '_' or '-', e.g. v2. Refused when the versioned topics already hold records.")
    String sideBySide;

    @Option(names = "--progress-interval", defaultValue = "5s", converter = DurationConverter.class,
            paramLabel = "DURATION",
            description = "With --side-by-side: how often a progress line (read of total, rate, ETA) is printed "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration progressInterval;

    @Mixin
    PipelineOptions pipeline;

    @Mixin
    NerOptions ner;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Replay replay = sideBySide == null ? bootstrap -> reset(out, bootstrap) : sideBySide();
        Path dataDir = brokerDataDir != null ? brokerDataDir : EmbeddedKafkaBroker.DEFAULT_DATA_DIR;
        // The one-machine session: 'run' stopped and took its embedded broker with it, but left the data.
        if (kafka.bootstrapServer == null && !listening(brokerPort)
                && Files.exists(dataDir.resolve("meta.properties"))) {
            out.println("replay: no broker on 127.0.0.1:" + brokerPort + ", starting the embedded one from " + dataDir);
            out.flush();
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(brokerPort, dataDir, false)) {
                return replay.on(broker.bootstrapServers());
            }
        }
        return replay.on(kafka.bootstrapOr("127.0.0.1:" + brokerPort));
    }

    /** What replay does once it has a broker. */
    private interface Replay {
        int on(String bootstrap) throws Exception;
    }

    /** Options are checked before any broker starts; the models load only once the cluster answers. */
    private Replay sideBySide() {
        if (force) {
            throw new ParameterException(spec.commandLine(), "--force resets the live application's group; "
                    + "--side-by-side leaves it alone, so the two do not go together");
        }
        OutputTopics outputs;
        try {
            outputs = new OutputTopics(sideBySide);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--side-by-side: " + e.getMessage());
        }
        if (progressInterval.isZero() || progressInterval.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--progress-interval must be positive, was "
                    + progressInterval);
        }
        Instant from = toDatetime == null ? null : instant();
        String applicationId = app.applicationId + "-" + sideBySide;
        pipeline.config(KafkaOptions.LOCAL_BROKER, applicationId, app, kafka);
        RulePacks packs = pipeline.rules.packs(); // read before any broker starts: a bad line fails at once
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return bootstrap -> {
            kafka.checkReachable(bootstrap);
            SideBySideReplay replay = new SideBySideReplay(kafka.clientProperties(bootstrap),
                    pipeline.config(bootstrap, applicationId, app, kafka), outputs, from, progressInterval, out, err);
            if (dryRun) {
                replay.plan();
                return ExitCode.OK;
            }
            return replay.run(() -> pipeline.stages(ner, packs)) ? ExitCode.OK : ExitCode.SOFTWARE;
        };
    }

    private Instant instant() {
        try {
            return Instant.parse(toDatetime);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--to-datetime: '" + toDatetime + "' is not an ISO-8601 instant like 2022-01-22T00:00:00Z");
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int reset(PrintWriter out, String bootstrap) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap,
                "--application-id", app.applicationId, "--input-topics", Topics.RAW.name()));
        if (force) {
            args.add("--force");
        }
        if (toDatetime != null) {
            Instant from = instant();
            // StreamsResetter reads only yyyy-MM-dd'T'HH:mm:ss.SSS with an optional zone.
            args.addAll(List.of("--to-datetime", RESETTER_TIME.format(from)));
        } else {
            args.add("--to-earliest");
        }
        if (kafka.commandConfig != null) {
            args.addAll(List.of("--config-file", kafka.commandConfig.toString()));
        }
        if (dryRun) {
            args.add("--dry-run");
        }
        // Bad arguments first (exit 2), then an unreachable cluster (exit 1), both before the resetter starts.
        kafka.checkReachable(bootstrap);
        out.println("replay: resetting application '" + app.applicationId + "' on " + bootstrap + "...");
        out.flush();
        int code = new StreamsResetter().execute(args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("Kafka's StreamsResetter failed with exit code " + code
                    + " (its message is above); if it says the group is active, stop every instance of '"
                    + app.applicationId + "' first, or pass --force after a crash");
        }
        Path local = app.stateDirOrDefault().resolve(app.applicationId);
        if (Files.exists(local)) {
            out.println((dryRun ? "replay: would delete " : "replay: deleting ") + local);
            if (!dryRun) {
                Directories.deleteRecursively(local);
            }
        }
        out.println(dryRun ? "replay: dry run, nothing changed"
                : "replay: done; start 'wirestream run --application-id " + app.applicationId + "' to reprocess");
        return ExitCode.OK;
    }
}
