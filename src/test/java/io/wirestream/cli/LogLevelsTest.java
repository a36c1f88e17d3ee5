package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The shipped {@code simplelogger.properties}, as slf4j-simple loads it: the two Kafka loggers whose ERROR lines
 * report conditions Kafka heals by itself are silent, and the loggers that report real failures still log ERROR.
 */
class LogLevelsTest {

    private static final String TASK_MANAGER = "org.apache.kafka.streams.processor.internals.TaskManager";
    private static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";

    @Test
    void shouldSilenceTheLoggersOfSelfHealingConditions() {
        assertFalse(LoggerFactory.getLogger(TASK_MANAGER).isErrorEnabled(), "TaskCorruptedException after a broker reset");
        assertFalse(LoggerFactory.getLogger(REPLICA_MANAGER).isErrorEnabled(), "OutOfOrderSequenceException on the broker");
    }

    @Test
    void shouldStillShowRealFailuresAsErrors() {
        for (String logger : new String[] {"org.apache.kafka.streams.KafkaStreams",
                "org.apache.kafka.streams.processor.internals.StreamThread",
                "org.apache.kafka.clients.producer.internals.Sender",
                "org.apache.kafka.storage.internals.log.LogDirFailureChannel", "kafka.server.KafkaApis"}) {
            assertTrue(LoggerFactory.getLogger(logger).isErrorEnabled(), logger);
            assertFalse(LoggerFactory.getLogger(logger).isWarnEnabled(), logger + ": transient warnings stay hidden");
        }
        assertTrue(LoggerFactory.getLogger("io.wirestream.cli.RunCommand").isInfoEnabled());
    }

    @Test
    void shouldNameLoggersThatExist() {
        // A Kafka upgrade that moves either class would leave the silenced name pointing at nothing.
        assertDoesNotThrow(() -> Class.forName(TASK_MANAGER));
        assertDoesNotThrow(() -> Class.forName(REPLICA_MANAGER));
    }
}
