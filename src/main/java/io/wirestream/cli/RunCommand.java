package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.ingest.FeedParser;
import io.wirestream.topology.Stages;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirestream run}: the topology, against a cluster or an embedded broker. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the Wirestream topology: news.raw in, news.enriched and news.region.* out.",
                "Without --bootstrap-server an embedded single-node Kafka broker starts in this process on "
                        + "--broker-port, so 'wirestream publish' and 'wirestream tail' in other terminals reach it "
                        + "with their defaults. Start more instances with the same --application-id to share the work."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NerOptions ner;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    ApplicationOptions app;

    @Option(names = "--partitions", defaultValue = "3",
            description = "Partitions of the topics created when missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1",
            description = "Replication factor of created and internal topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Option(names = "--dedupe-horizon", defaultValue = "7d", converter = DurationConverter.class,
            description = "How long, in stream time, articles are remembered for dedupe: 7d, 12h, P7D (default: ${DEFAULT-VALUE}).")
    Duration dedupeHorizon;

    @Option(names = "--dedupe-grace", defaultValue = "10s", converter = DurationConverter.class,
            description = "How long, in stream time, new articles wait so an earlier copy or version can still come first (default: ${DEFAULT-VALUE}).")
    Duration dedupeGrace;

    @Option(names = "--near-copy-policy", defaultValue = "duplicate",
            description = "What an agency's own re-issue with substantial new text becomes: duplicate or update (default: ${DEFAULT-VALUE}).")
    String nearCopyPolicy;

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

    @Option(names = "--at-least-once", description = "Use at-least-once instead of exactly-once v2 processing.")
    boolean atLeastOnce;

    @Option(names = "--health-port", defaultValue = "-1",
            description = "Serve GET /health (liveness: 200 while running, 503 otherwise), GET /ready (readiness: 200 "
                    + "once the models are loaded, Kafka Streams is RUNNING and the broker answers) and GET /metrics "
                    + "(Prometheus text format) on this port; 0 picks a free one (default: off).")
    int healthPort;

    @Option(names = "--broker-port", defaultValue = "9092",
            description = "Port of the embedded broker when no --bootstrap-server is given; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--broker-data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded broker, kept when run stops so 'wirestream replay' and the "
                    + "next run find the topics and offsets (default: <tmp>/wirestream-kafka).")
    Path brokerDataDir;

    @Option(names = "--health-address", defaultValue = HealthServer.DEFAULT_ADDRESS, paramLabel = "ADDRESS",
            description = "Address --health-port listens on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String healthAddress;

    @Option(names = "--max-item-bytes", defaultValue = "" + FeedParser.DEFAULT_MAX_ITEM_BYTES, paramLabel = "BYTES",
            description = "Largest raw item accepted; a larger one is dead-lettered at parse with the limit named "
                    + "(default: ${DEFAULT-VALUE}, up to 1048576).")
    int maxItemBytes;

    private Stages stages() {
        try {
            return Stages.standard(ner.config(), maxItemBytes);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private WirestreamConfig config(String bootstrap) {
        try {
            return new WirestreamConfig(bootstrap, app.applicationId, partitions, replicationFactor,
                    new DedupeConfig(dedupeHorizon, dedupeGrace, DedupeConfig.NearCopyPolicy.of(nearCopyPolicy)), threads, app.stateDirOrDefault(), !atLeastOnce,
                    new HashMap<>(kafka.commandConfigEntries()), new RecurringConfig(chromeMinStories, chromeHorizon));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A busy port fails here, naming the flag, rather than as a stack trace from the broker. */
    private void checkBrokerPortFree() {
        if (brokerPort == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(brokerPort));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--broker-port: port " + brokerPort + " is in use (another "
                    + "broker or 'wirestream run'?); choose another with --broker-port N (0 picks a free one), or "
                    + "connect to the running broker with --bootstrap-server 127.0.0.1:" + brokerPort);
        }
    }

    /** Starts before the models load, so /ready says 503 until they are and Kafka Streams runs. */
    private HealthServer healthServer(AtomicReference<StreamsRuntime> runtime, AtomicBoolean modelsLoaded,
                                      WirestreamMetrics metrics) {
        try {
            return HealthServer.start(healthAddress, healthPort,
                    () -> runtime.get() == null ? KafkaStreams.State.CREATED : runtime.get().state(),
                    () -> runtime.get() != null && runtime.get().brokerReachable(), modelsLoaded::get, metrics::scrape);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--health-address/--health-port: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Bad options fail before a broker starts; the models load here, once.
        WirestreamConfig options = config(kafka.bootstrapOr(KafkaOptions.LOCAL_BROKER));
        if (kafka.bootstrapServer == null) {
            checkBrokerPortFree();
        }
        WirestreamMetrics metrics = new WirestreamMetrics();
        AtomicReference<StreamsRuntime> running = new AtomicReference<>();
        AtomicBoolean modelsLoaded = new AtomicBoolean();
        HealthServer health = healthPort < 0 ? null : healthServer(running, modelsLoaded, metrics);
        if (health != null) {
            err.println("wirestream: health on http://" + health.authority() + "/health, readiness on /ready, "
                    + "metrics on /metrics");
        }
        EmbeddedKafkaBroker broker = null;
        StreamsRuntime runtime;
        String bootstrap;
        try {
            Stages stages = metrics.instrument(stages());
            modelsLoaded.set(true);
            if (kafka.bootstrapServer == null) {
                err.println("wirestream: no --bootstrap-server given, starting an embedded Kafka broker...");
                err.flush();
                Path dataDir = brokerDataDir != null ? brokerDataDir : EmbeddedKafkaBroker.DEFAULT_DATA_DIR;
                err.println("wirestream: broker data in " + dataDir.toAbsolutePath());
                broker = EmbeddedKafkaBroker.start(brokerPort, dataDir, false);
            }
            bootstrap = broker != null ? broker.bootstrapServers() : kafka.bootstrapServer;
            kafka.checkReachable(bootstrap);
            WirestreamConfig config = options.withBootstrapServers(bootstrap);
            runtime = StreamsRuntime.start(config, stages, kafka.clientProperties(bootstrap), err);
        } catch (Exception | Error e) {
            // Nothing may keep the process alive after a failed start.
            if (health != null) {
                health.close();
            }
            metrics.close();
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
        runtime.bindMetrics(metrics);
        running.set(runtime);
        EmbeddedKafkaBroker embedded = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (health != null) {
                health.close();
            }
            runtime.close();
            metrics.close();
            if (embedded != null) {
                embedded.close();
            }
        }, "wirestream-shutdown"));
        err.println("wirestream: running against " + bootstrap + " as '" + app.applicationId + "'. Ctrl-C to stop.");
        err.println("wirestream: publish with 'wirestream publish --bootstrap-server " + bootstrap + " FILE', "
                + "read with 'wirestream tail --bootstrap-server " + bootstrap + "'");
        err.flush();
        return runtime.awaitStop() ? ExitCode.OK : ExitCode.SOFTWARE;
    }
}
