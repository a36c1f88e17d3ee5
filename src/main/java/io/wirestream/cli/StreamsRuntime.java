package io.wirestream.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.wirestream.broker.TopicProvisioner;
import io.wirestream.topology.OutputTopics;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import io.wirestream.topology.WirestreamTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Provisions the topics and runs the topology as one Kafka Streams instance until closed. */
final class StreamsRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsRuntime.class);
    /** Failed stream threads replaced within an hour before the instance gives up and stops. */
    static final int MAX_THREAD_REPLACEMENTS_PER_HOUR = 10;
    /** How long a readiness probe waits for the broker, and how long its answer is reused. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PROBE_REUSE = Duration.ofSeconds(1);

    private final KafkaStreams streams;
    private final Admin admin;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Deque<Long> replacements = new ArrayDeque<>();
    private long probedAt;
    private boolean probed;
    private boolean brokerReachable;

    private StreamsRuntime(KafkaStreams streams, Admin admin) {
        this.streams = streams;
        this.admin = admin;
    }

    /** Creates missing topics, starts the instance and waits until it is RUNNING. */
    static StreamsRuntime start(WirestreamConfig config, Stages stages, Map<String, Object> adminProps,
                                PrintWriter log) {
        return start(config, stages, OutputTopics.LIVE, adminProps, log);
    }

    /** The same, writing to {@code outputs} (a side-by-side replay's versioned topics). */
    static StreamsRuntime start(WirestreamConfig config, Stages stages, OutputTopics outputs,
                                Map<String, Object> adminProps, PrintWriter log) {
        Admin admin = Admin.create(adminProps);
        try {
            new TopicProvisioner(admin, Duration.ofSeconds(60))
                    .ensure(Topics.all(config.partitions(), config.replicationFactor(), outputs));
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
        warnIfStateRebuilds(admin, config);
        // Models load and run once now, not on the first record after the first poll.
        ModelWarmUp.warm(stages);
        KafkaStreams streams = new KafkaStreams(
                WirestreamTopology.build(stages, config.dedupe(), config.recurring(), outputs),
                config.streamsProperties(outputs));
        StreamsRuntime runtime = new StreamsRuntime(streams, admin);
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
            StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse response = runtime.onThreadFailure(e);
            log.println("wirestream: stream thread failed (" + response + "): " + e);
            log.flush();
            return response;
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

    /**
     * One WARN line when Kafka Streams will wipe the local state because the broker lost its changelogs:
     * its own report is silenced, and state rebuilt in silence would look like lost dedupe memory.
     */
    private static void warnIfStateRebuilds(Admin admin, WirestreamConfig config) {
        Set<String> topics;
        try {
            topics = admin.listTopics(new ListTopicsOptions().listInternal(true).timeoutMs(10_000)).names()
                    .get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException e) {
            return; // an unreachable broker was reported when the topics were provisioned
        }
        StateRebuild.reason(config.stateDir().resolve(config.applicationId()), config.applicationId(), topics)
                .ifPresent(LOG::warn);
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    /** Adds this instance's Kafka Streams metrics to {@code metrics}. */
    void bindMetrics(WirestreamMetrics metrics) {
        metrics.bind(streams);
    }

    /**
     * A failed thread is replaced: its tasks' uncommitted work is aborted and redone (exactly-once)
     * or redone from the last commit (at-least-once), so replacing is safe. Errors of the JVM
     * itself, or more failures in an hour than {@link #MAX_THREAD_REPLACEMENTS_PER_HOUR}, stop
     * the instance: something is broken that a new thread will not mend.
     */
    synchronized StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse onThreadFailure(Throwable e) {
        long now = System.nanoTime();
        while (!replacements.isEmpty() && now - replacements.peekFirst() > TimeUnit.HOURS.toNanos(1)) {
            replacements.removeFirst();
        }
        if (e instanceof Error || e.getCause() instanceof Error
                || replacements.size() >= MAX_THREAD_REPLACEMENTS_PER_HOUR) {
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        replacements.addLast(now);
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /**
     * Ready to do work: the instance is RUNNING or REBALANCING and the broker answers. The
     * client state alone stays RUNNING through an outage, which is why the broker is asked.
     */
    boolean ready() {
        KafkaStreams.State s = streams.state();
        return (s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING) && brokerReachable();
    }

    /** Whether the cluster answered a metadata request within {@link #PROBE_TIMEOUT}; reused for a second. */
    synchronized boolean brokerReachable() {
        long now = System.nanoTime();
        if (probed && now - probedAt < PROBE_REUSE.toNanos()) {
            return brokerReachable;
        }
        try {
            brokerReachable = !admin.describeCluster(new DescribeClusterOptions()
                            .timeoutMs((int) PROBE_TIMEOUT.toMillis()))
                    .nodes().get(PROBE_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            brokerReachable = false;
        } catch (ExecutionException | TimeoutException e) {
            brokerReachable = false;
        }
        probedAt = System.nanoTime();
        probed = true;
        return brokerReachable;
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
        admin.close(Duration.ofSeconds(5));
    }
}
