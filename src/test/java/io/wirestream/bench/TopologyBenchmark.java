package io.wirestream.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.topology.NoNerStages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamTopology;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The processing cost of the topology without Kafka's network and transactions: the bench's generated
 * corpus (30 % re-issues) through {@code TopologyTestDriver} with RocksDB stores, NER off, against the
 * pass-through topology. Items/s = {@value #ITEMS} x ops/s.
 *
 * <p>An upper bound on the topology's cost, not its cost in a running instance: the driver commits
 * after every record it processes ({@code StreamTask.prepareCommit(true)} and {@code postCommit(true)}
 * in {@code TopologyTestDriver} 4.4), and an enforced checkpoint flushes every RocksDB store, where a
 * running instance checkpoints, and so flushes, once some 10,000 records reached its changelogs. Compare changes
 * to the processors with it, not the topology with {@code bench}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class TopologyBenchmark {

    static final int ITEMS = 200;

    @Param({"ner-off", "pass-through"})
    public String topology;

    private List<WireCorpus.Item> corpus;
    private Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;

    @Setup(Level.Trial)
    public void corpus() {
        corpus = WireCorpus.standard().generate(ITEMS);
    }

    /** A fresh driver and empty stores per call, so every call decides the same items the same way. */
    @Setup(Level.Invocation)
    public void driver() throws IOException {
        stateDir = Files.createTempDirectory("wirestream-topology-bench-");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        Topology built = topology.equals("pass-through") ? PassThroughTopology.build()
                : WirestreamTopology.build(NoNerStages.with(262_144, a -> a),
                        DedupeConfig.defaults().withGrace(java.time.Duration.ZERO));
        driver = new TopologyTestDriver(built, props);
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
    }

    @TearDown(Level.Invocation)
    public void close() throws IOException {
        driver.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Benchmark
    public long corpus200() {
        long t = 1_767_600_000_000L;
        for (WireCorpus.Item item : corpus) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", BenchItem.JSON.getBytes());
            raw.pipeInput(new TestRecord<>(item.id(), item.json(), headers, t++));
        }
        return t;
    }
}
