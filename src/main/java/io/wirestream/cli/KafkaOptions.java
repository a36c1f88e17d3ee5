package io.wirestream.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

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

    /** The bootstrap servers, or {@code fallback} when none were given. */
    String bootstrapOr(String fallback) {
        return bootstrapServer != null ? bootstrapServer : fallback;
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
