package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances with one application id share the partitions, and copies published under
 * different ids (so on different input partitions, likely handled by different instances)
 * are still caught: the content repartition brings them to one task.
 */
class ScaleOutBrokerTest {

    @TempDir
    Path dir;

    private static String envelope(String id, int story) {
        return "{\"id\":\"" + id + "\",\"agency\":\"PTI\",\"headline\":\"Story " + story + "\",\"body\":\"Story number "
                + story + " reports that the council in Geneva met on day " + story + " to discuss budget line "
                + (story * 7) + ".\"}";
    }

    @Test
    void shouldCatchCopiesAcrossPartitionsAndInstances() throws Exception {
        List<InputFiles.RawItem> items = new ArrayList<>();
        for (int story = 0; story < 30; story++) {
            items.add(item(envelope("pti-" + story, story)));
        }
        for (int story = 0; story < 10; story++) {
            items.add(item(envelope("portal-copy-" + story, story)));
        }
        for (int story = 20; story < 25; story++) {
            items.add(item(envelope("pti-" + story, story)));
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            PrintWriter quiet = new PrintWriter(new StringWriter());
            try (StreamsRuntime first = StreamsRuntime.start(config(broker, "a"), Stages.standard(), client, quiet);
                 StreamsRuntime second = StreamsRuntime.start(config(broker, "b"), Stages.standard(), client, quiet)) {
                try (Publisher publisher = new Publisher(client, Topics.RAW.name())) {
                    items.forEach(publisher::send);
                    assertEquals(45, publisher.confirm());
                }
                Map<String, Integer> counts = new HashMap<>();
                try (TopicReader reader = new TopicReader(client, List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name()), true)) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                    reader.read(r -> counts.merge(r.topic(), 1, Integer::sum), Long.MAX_VALUE, null,
                            n -> n < 45 && System.nanoTime() < deadline);
                    reader.read(r -> counts.merge(r.topic(), 1, Integer::sum), Long.MAX_VALUE, Duration.ofSeconds(3), n -> true);
                }
                assertEquals(30, counts.getOrDefault(Topics.ENRICHED.name(), 0), counts.toString());
                assertEquals(15, counts.getOrDefault(Topics.DUPLICATES.name(), 0), counts.toString());
            }
        }
    }

    private WirestreamConfig config(EmbeddedKafkaBroker broker, String instance) throws Exception {
        return new WirestreamConfig(broker.bootstrapServers(), "wirestream-scale", 3, (short) 1,
                DedupeConfig.defaults(), 1, Files.createDirectories(dir.resolve(instance)), true, Map.of());
    }

    private static InputFiles.RawItem item(String json) {
        return new InputFiles.RawItem("test", json.getBytes(StandardCharsets.UTF_8), InputFiles.JSON);
    }
}
