package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.wirestream.bench.SoakFeed;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Region;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replaying the same input gives identical output: the soak's mix of stories with re-issues,
 * malformed and oversized items, put through fresh state twice, a day and a half apart by the wall
 * clock, writes the same records (key, value, headers, timestamp) in the same order on every topic.
 */
class ReplayDeterminismTest {

    private static final int ITEMS = 200;
    private static final int MAX_ITEM_BYTES = 8192;
    private static final Instant FIRST_INPUT = Instant.parse("2026-01-05T06:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void shouldWriteIdenticalRecordsWhenTheSameInputIsReplayedLater() {
        SoakFeed feed = new SoakFeed(7, MAX_ITEM_BYTES);
        List<SoakFeed.Item> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(feed.next());
        }

        // The stages keep no state between items (the stores do), so both runs share them.
        Stages stages = NoNerStages.with(MAX_ITEM_BYTES, article -> article);
        // Both runs from one call site: a dead letter's stack-trace header includes the caller's frames.
        List<Map<String, List<String>>> runs = new ArrayList<>();
        for (Instant wallClock : List.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T12:00:00Z"))) {
            runs.add(run(stages, items, wallClock, "run-" + runs.size()));
        }
        Map<String, List<String>> first = runs.get(0);
        Map<String, List<String>> replayed = runs.get(1);

        for (String topic : List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name(), Topics.DLQ.name())) {
            assertFalse(first.get(topic).isEmpty(), "nothing on " + topic + ": the input must reach every outcome");
        }
        for (String topic : first.keySet()) {
            assertEquals(first.get(topic).size(), replayed.get(topic).size(), topic + ": records");
            for (int i = 0; i < first.get(topic).size(); i++) {
                assertEquals(first.get(topic).get(i), replayed.get(topic).get(i), topic + ": record " + i);
            }
        }
    }

    /** Every output topic's records, rendered whole, after {@code items} went through fresh state. */
    private Map<String, List<String>> run(Stages stages, List<SoakFeed.Item> items, Instant wallClock, String name) {
        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
        props.put("state.dir", stateDir.resolve(name).toString());
        List<String> topics = new ArrayList<>(List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name(),
                Topics.DLQ.name()));
        for (Region region : Region.values()) {
            topics.add(OutputTopics.LIVE.region(region).name());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(WirestreamTopology.build(stages, DedupeConfig.defaults()),
                props, wallClock)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(),
                    new ByteArraySerializer());
            for (SoakFeed.Item item : items) {
                RecordHeaders headers = new RecordHeaders();
                if (item.contentType() != null) {
                    headers.add("content-type", item.contentType().getBytes(StandardCharsets.UTF_8));
                }
                raw.pipeInput(new TestRecord<>(item.key(), item.value(), headers,
                        FIRST_INPUT.plusMillis(250 * item.seq())));
            }
            // The dedupe holds release what they still keep once the input has been quiet for a grace.
            driver.advanceWallClockTime(DedupeConfig.defaults().grace().multipliedBy(3));
            for (String topic : topics) {
                List<String> records = new ArrayList<>();
                for (TestRecord<byte[], byte[]> r : driver.createOutputTopic(topic, new ByteArrayDeserializer(),
                        new ByteArrayDeserializer()).readRecordsToList()) {
                    records.add(render(r));
                }
                out.put(topic, records);
            }
        }
        return out;
    }

    private static String render(TestRecord<byte[], byte[]> r) {
        StringBuilder s = new StringBuilder().append(r.getRecordTime()).append(' ').append(text(r.key()));
        for (Header h : r.headers()) {
            s.append("\n  ").append(h.key()).append('=')
                    .append(h.value() == null ? "null" : new String(h.value(), StandardCharsets.UTF_8));
        }
        return s.append("\n  value ").append(text(r.value())).toString();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "null" : Base64.getEncoder().encodeToString(bytes);
    }
}
