package io.wirestream.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.concurrent.Callable;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.topology.Stages;
import io.wirestream.topology.WirestreamConfig;
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

    @Option(names = "--threads",
            description = "Stream threads; at most one per partition does work (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--at-least-once", description = "Use at-least-once instead of exactly-once v2 processing.")
    boolean atLeastOnce;

    @Option(names = "--health-port", defaultValue = "-1",
            description = "Serve GET /health (200 while running, 503 otherwise) and GET /metrics (Kafka Streams "
                    + "metrics, Prometheus text format) on this port; 0 picks a free one (default: off).")
    int healthPort;

    @Option(names = "--broker-port", defaultValue = "9092",
            description = "Port of the embedded broker when no --bootstrap-server is given; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    private WirestreamConfig config(String bootstrap) {
        try {
            return new WirestreamConfig(bootstrap, app.applicationId, partitions, replicationFactor,
                    new DedupeConfig(dedupeHorizon), threads, app.stateDirOrDefault(), !atLeastOnce,
                    new HashMap<>(kafka.commandConfigEntries()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private HealthServer healthServer(StreamsRuntime runtime) {
        try {
            return HealthServer.start(healthPort, runtime::state, runtime::metrics);
        } catch (UncheckedIOException e) {
            runtime.close();
            throw new ParameterException(spec.commandLine(), "--health-port: " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        // Bad options fail before a broker starts; the models load here, once.
        WirestreamConfig options = config(kafka.bootstrapOr(KafkaOptions.LOCAL_BROKER));
        Stages stages = Stages.standard(ner.config());
        EmbeddedKafkaBroker broker = null;
        if (kafka.bootstrapServer == null) {
            err.println("wirestream: no --bootstrap-server given, starting an embedded Kafka broker...");
            err.flush();
            broker = EmbeddedKafkaBroker.start(brokerPort, Files.createTempDirectory("wirestream-kafka-"), true);
        }
        String bootstrap = broker != null ? broker.bootstrapServers() : kafka.bootstrapServer;
        WirestreamConfig config = options.withBootstrapServers(bootstrap);

        StreamsRuntime runtime = StreamsRuntime.start(config, stages, kafka.clientProperties(bootstrap), err);
        HealthServer health = healthPort < 0 ? null : healthServer(runtime);
        if (health != null) {
            err.println("wirestream: health on http://127.0.0.1:" + health.port() + "/health, metrics on /metrics");
        }
        EmbeddedKafkaBroker embedded = broker;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (health != null) {
                health.close();
            }
            runtime.close();
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
