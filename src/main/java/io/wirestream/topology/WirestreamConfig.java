package io.wirestream.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import io.wirestream.clean.RecurringConfig;
import io.wirestream.dedupe.DedupeConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * How one Wirestream instance runs; validated here, once, at the boundary: the message names
 * the command-line option and the bad value.
 *
 * @param bootstrapServers  the Kafka cluster
 * @param applicationId     Kafka Streams application id: instances sharing it share the work
 * @param partitions        partitions of the topics Wirestream creates
 * @param replicationFactor replication of the topics it creates (1 on a single broker)
 * @param dedupe            how the dedupe stage remembers articles
 * @param streamThreads     stream threads in this instance
 * @param stateDir          local state directory
 * @param exactlyOnce       {@code exactly_once_v2} when true, {@code at_least_once} otherwise
 * @param overrides         further Kafka client or Streams properties, applied last
 * @param recurring         when a paragraph recurring in a source's stories is its chrome
 */
public record WirestreamConfig(String bootstrapServers, String applicationId, int partitions,
                               short replicationFactor, DedupeConfig dedupe, int streamThreads,
                               Path stateDir, boolean exactlyOnce, Map<String, String> overrides,
                               RecurringConfig recurring) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream";
    /** How long a task may wait on the broker (an outage) before its thread fails and is replaced. */
    public static final Duration TASK_TIMEOUT = Duration.ofDays(1);
    /** The producer's linger under at-least-once: the clients' own default, where Streams sets 100 ms. */
    public static final int AT_LEAST_ONCE_LINGER_MS = 5;
    public static final Path DEFAULT_STATE_DIR = Path.of(System.getProperty("java.io.tmpdir"), "wirestream-state");

    public WirestreamConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("--bootstrap-server must not be blank");
        }
        if (applicationId == null || !applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("--application-id must be letters, digits, '.', '_' or '-', was '"
                    + applicationId + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be >= 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("--replication-factor must be >= 1, was " + replicationFactor);
        }
        Objects.requireNonNull(dedupe, "dedupe");
        if (streamThreads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, was " + streamThreads);
        }
        Objects.requireNonNull(stateDir, "stateDir");
        overrides = Map.copyOf(overrides == null ? Map.of() : overrides);
        Objects.requireNonNull(recurring, "recurring");
    }

    /** As the canonical constructor, with the default chrome-learning threshold and horizon. */
    public WirestreamConfig(String bootstrapServers, String applicationId, int partitions, short replicationFactor,
                            DedupeConfig dedupe, int streamThreads, Path stateDir, boolean exactlyOnce,
                            Map<String, String> overrides) {
        this(bootstrapServers, applicationId, partitions, replicationFactor, dedupe, streamThreads, stateDir,
                exactlyOnce, overrides, RecurringConfig.defaults());
    }

    /** Defaults for one instance against {@code bootstrapServers}. */
    public static WirestreamConfig defaults(String bootstrapServers) {
        return new WirestreamConfig(bootstrapServers, DEFAULT_APPLICATION_ID, 3, (short) 1, DedupeConfig.defaults(), 1,
                DEFAULT_STATE_DIR, true, Map.of());
    }

    /** The Kafka Streams properties for this configuration. */
    public Properties streamsProperties() {
        return streamsProperties(OutputTopics.LIVE);
    }

    /** The properties for a run writing to {@code outputs}: its dead letters go to its own DLQ. */
    public Properties streamsProperties(OutputTopics outputs) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                exactlyOnce ? StreamsConfig.EXACTLY_ONCE_V2 : StreamsConfig.AT_LEAST_ONCE);
        if (!exactlyOnce) {
            // Without transactions nothing flushes a batch at the commit interval: Streams' producer default
            // (linger 100 ms) would hold every record up to 100 ms per hop, three hops in all (BENCHMARKS.md).
            p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), AT_LEAST_ONCE_LINGER_MS);
        }
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replicationFactor);
        // A stage that throws dead-letters the record and the stream goes on (KIP-1033/1034).
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // A result the producer refuses (over the topic limit, unserialisable) is dead-lettered, not fatal.
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class.getName());
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        // Outages are weather: a task waiting on an unreachable broker retries for a day before it fails
        // (then the thread is replaced, see StreamsRuntime) instead of the 5-minute default.
        p.put(StreamsConfig.TASK_TIMEOUT_MS_CONFIG, TASK_TIMEOUT.toMillis());
        // Sends are retried until the broker is back; the transaction, not a delivery deadline, bounds them.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG), Integer.MAX_VALUE);
        // A send blocked on metadata holds the stream thread: keep it well under max.poll.interval.ms (5 min)
        // so the thread keeps its group membership; the timeout itself is retried under task.timeout.ms.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_BLOCK_MS_CONFIG), 60_000);
        // Longer than Streams' 10 s so a slow commit during a broker hiccup is not aborted, short enough that
        // read_committed consumers are held at most this long by a transaction a crashed instance left open.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 30_000);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, outputs.dlq().name());
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        p.putAll(overrides);
        return p;
    }

    public WirestreamConfig withBootstrapServers(String servers) {
        return new WirestreamConfig(servers, applicationId, partitions, replicationFactor, dedupe,
                streamThreads, stateDir, exactlyOnce, overrides, recurring);
    }
}
