package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.serde.Json;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import io.wirestream.topology.WirestreamTopology;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counts {@code /metrics} shows, taken from the real topology with the stages instrumented. */
class WirestreamMetricsTest {

    @TempDir
    Path stateDir;

    /** "id|body|published" → an item, cleaned as is, so the test controls what dedupe sees. */
    private static final Stages PLAIN = new Stages(
            (key, value, type) -> {
                String[] parts = new String(value, StandardCharsets.UTF_8).split("\\|", 3);
                return new FeedItem(parts[0], "TEST", "h " + parts[0], null, null, List.of(parts[1]), null,
                        Instant.parse(parts[2]), null, null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
            },
            item -> Article.cleaned(item, item.paragraphs(), item.headline(), null, List.of()),
            a -> a, a -> a, a -> a);

    @Test
    void shouldCountEachDuplicateByTheKindItWasCaughtAs() throws Exception {
        List<String> kinds = new ArrayList<>();
        try (WirestreamMetrics metrics = new WirestreamMetrics()) {
            Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
            props.put("state.dir", stateDir.toString());
            DedupeConfig dedupe = new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ZERO);
            try (TopologyTestDriver driver = new TopologyTestDriver(
                    WirestreamTopology.build(metrics.instrument(PLAIN), dedupe), props)) {
                TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(),
                        new ByteArraySerializer());
                for (String item : List.of(
                        "a1|Talks in Geneva went on.|2022-01-22T04:00:00Z",
                        "a1|Talks in Geneva went on.|2022-01-22T04:00:00Z",   // same id, same text
                        "b7|Talks in Geneva went on.|2022-01-22T04:10:00Z",   // same text, another id
                        "p1|Newer text of the story.|2022-01-22T05:40:00Z",
                        "p1|Older text of the story.|2022-01-22T04:00:00Z")) { // older text after the newer
                    raw.pipeInput(item.substring(0, 2), item.getBytes(StandardCharsets.UTF_8));
                }
                for (String value : driver.createOutputTopic(Topics.DUPLICATES.name(), new StringDeserializer(),
                        new StringDeserializer()).readValuesToList()) {
                    kinds.add(Json.MAPPER.readTree(value).path("wirestream").path("dedupe").path("decision").asText());
                }
            }
            // The order on news.duplicates follows the two drop points, so compare as a set.
            assertEquals(Set.of("id", "content", "superseded"), Set.copyOf(kinds), "what the topology decided");
            assertEquals(3, kinds.size(), kinds.toString());
            String body = metrics.scrape();
            assertTrue(body.contains("# TYPE wirestream_duplicates_total counter"), body);
            for (String kind : kinds) {
                assertTrue(body.contains("wirestream_duplicates_total{kind=\"" + kind + "\"} 1.0"), body);
            }
            assertFalse(body.contains("wirestream_duplicates_total{kind=\"new\"}"), body);
            assertTrue(body.contains("wirestream_items_in_total 5.0"), body);
        }
    }
}
