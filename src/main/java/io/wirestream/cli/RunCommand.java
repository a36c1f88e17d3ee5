package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.text.RulePacks;
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

    @Mixin
    PipelineOptions pipeline;

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
        WirestreamConfig options = pipeline.config(kafka.bootstrapOr(KafkaOptions.LOCAL_BROKER), app.applicationId, app, kafka);
        RulePacks packs = pipeline.rules.packs();
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
            Stages stages = metrics.instrument(pipeline.stages(ner, packs));
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
