package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.dedupe.Gather;
import io.wirestream.dedupe.Seen;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import io.wirestream.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gather alone: an answer that never comes (its record dead-lettered) does not keep an article forever. */
class GatherPatienceTest {

    private static final Serde<Candidate> CANDIDATES = DedupeSerdes.candidate(JsonSerde.of(Article.class));

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, Candidate> answers;
    private TestOutputTopic<String, Candidate> decided;

    @BeforeEach
    void start() {
        Topology topology = new Topology();
        topology.addSource("answers", Serdes.String().deserializer(), CANDIDATES.deserializer(), "answers");
        topology.addProcessor("gather", () -> new Gather("gather-store", DedupeConfig.defaults()), "answers");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("gather-store"),
                Serdes.String(), CANDIDATES), "gather");
        topology.addSink("decided", "decided", Serdes.String().serializer(), CANDIDATES.serializer(), "gather");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "gather-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        answers = driver.createInputTopic("answers", Serdes.String().serializer(), CANDIDATES.serializer());
        decided = driver.createOutputTopic("decided", Serdes.String().deserializer(), CANDIDATES.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private int entries() {
        KeyValueStore<String, Candidate> store = driver.getKeyValueStore("gather-store");
        try (var it = store.all()) {
            int n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }
    }

    private static Article article(String id) {
        FeedItem item = new FeedItem(id, "PTI", "h", null, null, List.of("Some text of the story."), null,
                Instant.parse("2022-01-22T04:00:00Z"), null, null, List.of(), Map.of(), FeedItem.SourceFormat.JSON);
        return ContentFingerprint.apply(Article.cleaned(item, item.paragraphs(), "h", null, List.of()));
    }

    @Test
    void shouldDecideAnArticleOnTheAnswersThatCameOnceThePatienceIsOver() {
        Article article = article("pti-1");
        Seen seen = Buckets.seen(article, "p0000-0000000000000000007", 0).withoutShingles();
        answers.pipeInput("pti-1", new Candidate(seen, 3, article));
        answers.pipeInput("pti-1", new Candidate(seen, 3, null));
        driver.advanceWallClockTime(Duration.ofMinutes(1));
        assertTrue(decided.isEmpty(), "one answer is still missing and the patience is not over");
        driver.advanceWallClockTime(Gather.MIN_PATIENCE);
        Candidate out = decided.readValue();
        assertEquals("pti-1", out.article().id());
        assertEquals(Verdict.Kind.NEW, out.article().verdict().kind());
        assertEquals(0, entries(), "nothing left waiting");
    }

    @Test
    void shouldDropTheAnswersOfAnArticleWhoseOwnRecordNeverCame() {
        Seen seen = Buckets.seen(article("pti-2"), "p0000-0000000000000000008", 0).withoutShingles();
        answers.pipeInput("pti-2", new Candidate(seen, 22, null));
        driver.advanceWallClockTime(Gather.MIN_PATIENCE.plusMinutes(1));
        assertTrue(decided.isEmpty());
        assertEquals(0, entries());
    }
}
