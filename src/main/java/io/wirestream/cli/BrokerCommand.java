package io.wirestream.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.broker.TopicProvisioner;
import io.wirestream.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream broker}: the embedded single-node KRaft broker alone, for local development. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a single-node KRaft Kafka broker in this process with Wirestream's topics created.",
                "Then run 'wirestream run --bootstrap-server 127.0.0.1:<port>' and 'wirestream publish ...' "
                        + "in other terminals (publish and tail default to port 9092). Ctrl-C stops it."})
final class BrokerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "9092", description = "Listener port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", description = "Where the broker keeps its data, kept between runs "
            + "(default: a temporary directory deleted on exit).")
    Path dataDir;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        EmbeddedKafkaBroker broker = dataDir == null
                ? EmbeddedKafkaBroker.start(port, java.nio.file.Files.createTempDirectory("wirestream-kafka-"), true)
                : EmbeddedKafkaBroker.start(port, dataDir, false);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(Topics.all(partitions, (short) 1));
        }
        out.println("Kafka broker ready at " + broker.bootstrapServers() + " with topics " + Topics.names());
        out.println("Ctrl-C to stop.");
        out.flush();
        broker.awaitShutdown();
        return ExitCode.OK;
    }
}
