package io.wirestream.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wirestream.broker.TopicProvisioner;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import io.wirestream.topology.WirestreamTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/** Provisions the topics and runs the topology as one Kafka Streams instance until closed. */
final class StreamsRuntime implements AutoCloseable {

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private StreamsRuntime(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Creates missing topics, starts the instance and waits until it is RUNNING. */
    static StreamsRuntime start(WirestreamConfig config, Stages stages, Map<String, Object> adminProps,
                                PrintWriter log) {
        try (Admin admin = Admin.create(adminProps)) {
            new TopicProvisioner(admin, Duration.ofSeconds(60))
                    .ensure(Topics.all(config.partitions(), config.replicationFactor()));
        }
        // Models load and run once now, not on the first record after the first poll.
        ModelWarmUp.warm(stages);
        KafkaStreams streams = new KafkaStreams(WirestreamTopology.build(stages, config.dedupe()),
                config.streamsProperties());
        StreamsRuntime runtime = new StreamsRuntime(streams);
        CountDownLatch running = new CountDownLatch(1);
        streams.setStateListener((now, before) -> {
            log.println("wirestream: " + before + " -> " + now);
            log.flush();
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                running.countDown();
                runtime.stopped.countDown();
            }
        });
        // Bad records never reach here (they are dead-lettered); this is for broken infrastructure.
        streams.setUncaughtExceptionHandler(e -> {
            log.println("wirestream: stream thread failed: " + e);
            log.flush();
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        try {
            if (!running.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within 120 s (state "
                        + streams.state() + ")");
            }
            if (streams.state() != KafkaStreams.State.RUNNING && streams.state() != KafkaStreams.State.REBALANCING) {
                throw new IllegalStateException("Kafka Streams stopped while starting (state " + streams.state() + ")");
            }
            return runtime;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runtime.close();
            throw new IllegalStateException("interrupted while Kafka Streams was starting", e);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    /** How many active tasks this instance's threads own now. */
    int activeTasks() {
        return streams.metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
    }

    Map<org.apache.kafka.common.MetricName, ? extends org.apache.kafka.common.Metric> metrics() {
        return streams.metrics();
    }

    /** Blocks until the instance stops; true if it stopped cleanly. */
    boolean awaitStop() throws InterruptedException {
        stopped.await();
        return streams.state() == KafkaStreams.State.NOT_RUNNING;
    }

    /** Stops the instance and leaves the group, so its partitions move now, not after the session timeout. */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
