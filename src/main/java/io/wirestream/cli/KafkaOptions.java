package io.wirestream.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The Kafka connection options every command that talks to a cluster shares. */
final class KafkaOptions {

    /** Where {@code broker} and {@code run} put the embedded broker when no cluster is named. */
    static final String LOCAL_BROKER = "127.0.0.1:9092";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Kafka cluster to connect to (comma-separated list).")
    String bootstrapServer;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "Properties file with extra Kafka client settings (security, timeouts...).")
    Path commandConfig;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file of option values (bootstrap-server=..., health-port=...) and Kafka "
                    + "properties (kafka.<property>=...). Flags beat WIRESTREAM_* environment variables, which beat "
                    + "the file; an unknown key is an error.")
    Path config;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "15s", converter = DurationConverter.class,
            description = "How long to wait for the Kafka cluster to answer before giving up with the address it "
                    + "tried: 15s, 1m (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    /** The bootstrap servers, or {@code fallback} when none were given. */
    String bootstrapOr(String fallback) {
        return bootstrapServer != null ? bootstrapServer : fallback;
    }

    /**
     * Fails within --connect-timeout, with one line naming {@code bootstrap}, when no broker there answers
     * (closed port, unresolvable host, wrong address), instead of a client waiting its own minute in silence.
     */
    void checkReachable(String bootstrap) {
        Map<String, Object> props = new HashMap<>(clientProperties(bootstrap));
        int ms = (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis());
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        String seconds = connectTimeout.toMillis() % 1000 == 0 ? connectTimeout.toSeconds() + " s" : ms + " ms";
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            // e.g. "No resolvable bootstrap urls given in bootstrap.servers"
            throw new KafkaUnreachableException("cannot reach Kafka at " + bootstrap + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).clusterId()
                    .get(ms + 1000L, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnreachableException("cannot reach Kafka at " + bootstrap + " within " + seconds
                    + " (is a broker listening there? --bootstrap-server, --connect-timeout)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnreachableException("interrupted while connecting to Kafka at " + bootstrap);
        } finally {
            admin.close(Duration.ZERO);
        }
    }

    /** An expected failure: the message is the whole story, no stack trace. */
    static final class KafkaUnreachableException extends RuntimeException {
        KafkaUnreachableException(String message) {
            super(message, null, false, false);
        }
    }

    /** Client properties: the command-config file's entries plus bootstrap.servers. */
    Map<String, Object> clientProperties(String bootstrap) {
        Map<String, Object> props = new HashMap<>(commandConfigEntries());
        props.put("bootstrap.servers", bootstrap);
        return props;
    }

    /** Kafka properties: {@code kafka.*} keys of --config and the environment, overridden by --command-config. */
    Map<String, String> commandConfigEntries() {
        Map<String, String> entries = new HashMap<>(Configuration.of(command).kafkaProperties(command));
        if (commandConfig == null) {
            return entries;
        }
        if (!Files.isRegularFile(commandConfig)) {
            throw new ParameterException(command.commandLine(), "--command-config: no such file " + commandConfig);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(commandConfig)) {
            p.load(r);
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(),
                    "--command-config: cannot read " + commandConfig + ": " + e.getMessage());
        }
        p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
        return entries;
    }
}
