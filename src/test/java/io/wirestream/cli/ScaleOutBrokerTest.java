package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
                var out = ExpectedRecords.await(client,
                        Map.of(Topics.ENRICHED.name(), 30, Topics.DUPLICATES.name(), 15), Duration.ofSeconds(120));
                Set<String> duplicates = new TreeSet<>();
                out.get(Topics.DUPLICATES.name()).forEach(r -> duplicates.add(r.key()));
                // One copy of each of stories 0-9 is dropped (which one is issue 9's event-time rule),
                // and the second send of each of 20-24.
                for (int story = 0; story < 10; story++) {
                    boolean agencyCopy = duplicates.contains("pti-" + story);
                    assertTrue(agencyCopy != duplicates.contains("portal-copy-" + story), "story " + story + ": " + duplicates);
                }
                for (int story = 20; story < 25; story++) {
                    assertTrue(duplicates.contains("pti-" + story), duplicates.toString());
                }
                // The point of the test: the work really was split, each instance owns input partitions.
                assertTrue(first.activeTasks() > 0, "first instance owns no task");
                assertTrue(second.activeTasks() > 0, "second instance owns no task");
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
