package io.wirestream.cli;

import java.nio.file.Path;

import io.wirestream.topology.WirestreamConfig;
import picocli.CommandLine.Option;

/** Which Kafka Streams application an instance is, and where it keeps local state: shared by run and replay. */
final class ApplicationOptions {

    @Option(names = "--application-id", defaultValue = WirestreamConfig.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id; instances sharing it split the partitions (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", description = "Local state directory (default: <tmp>/wirestream-state).")
    Path stateDir;

    Path stateDirOrDefault() {
        return stateDir != null ? stateDir : WirestreamConfig.DEFAULT_STATE_DIR;
    }
}
