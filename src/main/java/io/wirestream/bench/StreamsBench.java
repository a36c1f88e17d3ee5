package io.wirestream.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.wirestream.broker.TopicProvisioner;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import io.wirestream.topology.WirestreamTopology;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;

/**
 * Runs one Kafka Streams scenario on a cluster and measures it: a fresh application id whose
 * group starts at the current end of {@code news.raw}, the corpus published (as a backlog
 * before the instance starts, or paced at a fixed rate while it runs), and every output record
 * read back (committed records only) to count it and time it from its publish timestamp.
 */
public final class StreamsBench {

    private static final Duration IDLE_LIMIT = Duration.ofSeconds(120);
    /** Wirestream's internal topics in data-flow order: each hop's output, read in paced runs. */
    static final List<String> HOP_TOPICS = List.of(
            WirestreamTopology.BUCKET_REPARTITION + "-repartition", WirestreamTopology.ID_REPARTITION + "-repartition");

    private final Map<String, Object> clientProps;
    private final Map<String, String> overrides;
    private final int partitions;
    private final short replicationFactor;
    private final boolean exactlyOnce;
    private final Supplier<Stages> freshStages;
    private final DedupeConfig dedupe;
    private final PrintWriter progress;

    /**
     * @param clientProps       Kafka client settings, bootstrap.servers included
     * @param overrides         further Streams properties (the --command-config entries)
     * @param partitions        partitions of the topics created when missing
     * @param replicationFactor their replication factor
     * @param exactlyOnce       exactly-once v2 (as {@code run}), or at-least-once
     * @param freshStages       production stages with an empty NER cache, models loaded and warm
     * @param dedupe            the dedupe stage's horizon, grace and policy
     * @param progress          where progress lines go (stderr)
     */
    public StreamsBench(Map<String, Object> clientProps, Map<String, String> overrides, int partitions,
                        short replicationFactor, boolean exactlyOnce, Supplier<Stages> freshStages, DedupeConfig dedupe,
                        PrintWriter progress) {
        this.clientProps = Map.copyOf(clientProps);
        this.overrides = Map.copyOf(overrides);
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.exactlyOnce = exactlyOnce;
        this.freshStages = Objects.requireNonNull(freshStages, "freshStages");
        this.dedupe = Objects.requireNonNull(dedupe, "dedupe");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Creates Wirestream's topics and the pass-through output topic where missing. */
    public void provision() {
        List<NewTopic> topics = new ArrayList<>(Topics.all(partitions, replicationFactor));
        topics.add(new NewTopic(PassThroughTopology.OUTPUT, partitions, replicationFactor));
        try (Admin admin = Admin.create(clientProps)) {
            new TopicProvisioner(admin, Duration.ofSeconds(60)).ensure(topics);
        }
    }

    /** Throughput: the whole corpus published first, then the instance started and timed until the last output. */
    public Measurement backlog(Scenario scenario, int threads, List<BenchItem> items) {
        return measure(scenario, threads, items, 0);
    }

    /** Latency: the instance running first, then the corpus published at {@code rate} items/s. */
    public Measurement paced(Scenario scenario, int threads, List<BenchItem> items, double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("rate must be > 0, was " + rate);
        }
        return measure(scenario, threads, items, rate);
    }

    private Measurement measure(Scenario scenario, int threads, List<BenchItem> items, double rate) {
        if (scenario == Scenario.NER_ALONE) {
            throw new IllegalArgumentException("ner-alone runs without Kafka: use NerAloneBench");
        }
        String label = scenario.slug() + " " + threads + "t" + (rate > 0 ? " @" + Math.round(rate) + "/s" : "");
        String appId = "wirestream-bench-" + scenario.slug() + "-" + threads + "t-" + (rate > 0 ? "paced-" : "")
                + System.currentTimeMillis();
        List<String> outputs = scenario == Scenario.PASS_THROUGH ? List.of(PassThroughTopology.OUTPUT)
                : List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name(), Topics.DLQ.name());
        Topology topology = topology(scenario);
        Path stateDir = tempDir(appId);
        long bytes = items.stream().mapToLong(i -> i.value().length).sum();
        Map<TopicPartition, Long> outputStart;
        try (Admin admin = Admin.create(clientProps)) {
            // The fresh group starts where news.raw ends now: earlier scenarios' items are not read again.
            Map<TopicPartition, OffsetAndMetadata> rawEnd = new HashMap<>();
            endOffsets(admin, List.of(Topics.RAW.name())).forEach((tp, o) -> rawEnd.put(tp, new OffsetAndMetadata(o)));
            admin.alterConsumerGroupOffsets(appId, rawEnd).all().get(60, TimeUnit.SECONDS);
            outputStart = endOffsets(admin, outputs);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot prepare " + appId + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }

        progress.println("bench: " + label + ": " + (rate > 0 ? "starting, then publishing " : "publishing ")
                + items.size() + " items as application " + appId);
        progress.flush();
        MemoryWatermarks memory = MemoryWatermarks.start();
        long jitStart = JitTime.totalMillis();
        TopicArrivals reader = new TopicArrivals("bench-output-reader", clientProps, outputStart, items.size());
        List<TopicArrivals> hops = new ArrayList<>();
        List<String> hopTopics = rate > 0 && scenario != Scenario.PASS_THROUGH ? HOP_TOPICS : List.of();
        KafkaStreams streams = null;
        long startNanos;
        double jitSeconds;
        try {
            if (rate == 0) {
                publish(items, 0);
                streams = new KafkaStreams(topology, properties(appId, threads, stateDir));
                startNanos = startAndAwaitRunning(streams, label);
                reader.start();
            } else {
                streams = new KafkaStreams(topology, properties(appId, threads, stateDir));
                startAndAwaitRunning(streams, label);
                reader.start();
                for (String topic : hopTopics) {
                    hops.add(readFromStart(appId + "-" + topic));
                }
                hops.forEach(TopicArrivals::start);
                startNanos = System.nanoTime();
                publish(items, rate);
            }
            awaitOutputs(reader, streams, label, items.size(), startNanos);
            jitSeconds = JitTime.secondsSince(jitStart);
            progress.println("bench: " + label + ": stream threads " + StreamThreadSummary.of(streams));
        } finally {
            reader.stop();
            hops.forEach(TopicArrivals::stop);
            if (streams != null) {
                streams.close(Duration.ofSeconds(30));
                streams.cleanUp();
            }
            deleteQuietly(stateDir);
            deleteInternalTopics(appId);
        }
        MemoryWatermarks.Snapshot marks = memory.stop();
        double seconds = (reader.lastReadNanos() - startNanos) / 1e9;
        Latencies latencies = reader.latencies();
        List<HopLatency> hopLatencies = new ArrayList<>();
        for (int i = 0; i < hops.size(); i++) {
            Latencies latest = hops.get(i).latestPerTimestamp();
            hopLatencies.add(new HopLatency(hopTopics.get(i), latest.percentile(50), latest.percentile(99)));
        }
        return new Measurement(scenario, threads, items.size(), reader.count(), bytes, Math.max(seconds, 0), rate,
                rate > 0 ? latencies.percentile(50) : -1, rate > 0 ? latencies.percentile(99) : -1, hopLatencies,
                marks, jitSeconds, loadAverage());
    }

    /** A reader of every partition of {@code topic} from its first offset (the topic is the run's own). */
    private TopicArrivals readFromStart(String topic) {
        try (Admin admin = Admin.create(clientProps)) {
            Map<TopicPartition, Long> start = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get(60, TimeUnit.SECONDS).get(topic).partitions()
                    .forEach(p -> start.put(new TopicPartition(topic, p.partition()), 0L));
            return new TopicArrivals("bench-hop-reader-" + topic, clientProps, start, Integer.MAX_VALUE);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot read " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Topology topology(Scenario scenario) {
        return switch (scenario) {
            case PASS_THROUGH -> PassThroughTopology.build();
            case COMPLETE -> WirestreamTopology.build(freshStages.get(), dedupe);
            case NER_OFF -> WirestreamTopology.build(withoutEntities(freshStages.get()), dedupe);
            case NER_ALONE -> throw new IllegalArgumentException("ner-alone has no topology");
        };
    }

    /** The production stages with the entities stage the identity: everything but NER. */
    static Stages withoutEntities(Stages stages) {
        return new Stages(stages.parse(), stages.clean(), stages.tags(), UnaryOperator.identity(), stages.classify(),
                stages.duplicate());
    }

    private java.util.Properties properties(String appId, int threads, Path stateDir) {
        // Wirestream's own settings (guarantee, handlers, earliest) for every scenario, pass-through too.
        WirestreamConfig config = new WirestreamConfig((String) clientProps.get("bootstrap.servers"), appId,
                partitions, replicationFactor, dedupe, threads, stateDir, exactlyOnce, overrides);
        return config.streamsProperties();
    }

    /**
     * Starts the instance and waits until it is RUNNING; returns when its first stream thread was RUNNING. The
     * client is RUNNING only once every thread is, and a thread processes as soon as it is: a fast topology can
     * drain much of a backlog on one thread while another still starts (pass-through's 20,000 items seemed to take
     * 0.3 s when timed from the client's RUNNING).
     */
    private long startAndAwaitRunning(KafkaStreams streams, String label) {
        CountDownLatch settled = new CountDownLatch(1);
        AtomicLong runningAt = new AtomicLong();
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.RUNNING) {
                runningAt.compareAndSet(0, System.nanoTime());
                settled.countDown();
            } else if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING
                    || now == KafkaStreams.State.PENDING_ERROR) {
                settled.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            progress.println("bench: " + label + ": stream thread failed: " + e);
            progress.flush();
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        long firstThreadRunning = Long.MAX_VALUE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try {
            while (!settled.await(1, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
                if (firstThreadRunning == Long.MAX_VALUE && anyThreadRunning(streams)) {
                    firstThreadRunning = System.nanoTime();
                }
            }
            if (runningAt.get() == 0) {
                throw new IllegalStateException(label + ": Kafka Streams did not reach RUNNING (state "
                        + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Math.min(firstThreadRunning, runningAt.get());
    }

    private static boolean anyThreadRunning(KafkaStreams streams) {
        try {
            return streams.metadataForLocalThreads().stream().anyMatch(t -> "RUNNING".equals(t.threadState()));
        } catch (IllegalStateException e) {
            return false; // the client is between states; the next look will say
        }
    }

    private void publish(List<BenchItem> items, double rate) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Paced: every record leaves at once, so its timestamp is when it was offered.
        props.put(ProducerConfig.LINGER_MS_CONFIG, rate > 0 ? 0 : 5);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                }
                BenchItem item = items.get(i);
                RecordHeaders headers = new RecordHeaders();
                headers.add("content-type", item.contentType().getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(new ProducerRecord<>(Topics.RAW.name(), null, item.key(), item.value(), headers)));
            }
            producer.flush();
            for (var f : sent) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    private void awaitOutputs(TopicArrivals reader, KafkaStreams streams, String label, int expected, long startNanos) {
        long lastProgress = System.nanoTime();
        while (reader.count() < expected) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            long now = System.nanoTime();
            if (now - lastProgress > 2_000_000_000L) {
                lastProgress = now;
                double s = (now - startNanos) / 1e9;
                progress.printf("bench: %s: %d/%d out after %.0f s (%.1f items/s)%n", label, reader.count(), expected,
                        s, reader.count() / s);
                progress.flush();
            }
            if (!streams.state().isRunningOrRebalancing()) {
                progress.println("bench: " + label + ": Kafka Streams stopped (" + streams.state() + ")");
                break;
            }
            if (now - Math.max(reader.lastReadNanos(), startNanos) > IDLE_LIMIT.toNanos()) {
                progress.println("bench: " + label + ": no output for " + IDLE_LIMIT.toSeconds() + " s, giving up at "
                        + reader.count() + "/" + expected);
                break;
            }
        }
        progress.flush();
    }

    /** Where each partition of {@code topics} ends now. */
    public static Map<TopicPartition, Long> endOffsets(Admin admin, List<String> topics)
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (var description : admin.describeTopics(topics).allTopicNames().get(60, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(p -> request.put(new TopicPartition(description.name(), p.partition()),
                    OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(request).all().get(60, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private void deleteInternalTopics(String appId) {
        try (Admin admin = Admin.create(clientProps)) {
            List<String> internal = admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(appId + "-")).toList();
            admin.deleteTopics(internal).all().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            progress.println("bench: could not delete the internal topics of " + appId + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path tempDir(String name) {
        try {
            return Files.createTempDirectory(name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp directory is not worth failing a benchmark for.
        }
    }

    /** The 1-minute load average, or -1 where the platform does not say. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
