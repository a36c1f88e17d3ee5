package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.clean.Cleaner;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.serde.Json;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near and exact copies published before their originals, keyed by their own ids so they land on
 * other partitions of a four-partition input read by two instances, are still dropped naming the
 * earliest story; a replay with reset state and one instance keeps exactly the same articles.
 */
class DedupeBrokerTest {

    private static final int STORIES = 8;
    private static final String APP = "wirestream-dedupe-it";

    @TempDir
    Path dir;

    /** Real parse and clean; extraction off, every article on the unknown desk, to keep the test light. */
    private static final Stages STAGES = new Stages(new FeedParser()::parse, Cleaner.standard()::clean, a -> a, a -> a,
            a -> a.withPlaces(List.of(), new RegionAssignment(Region.UNKNOWN, List.of(Region.UNKNOWN), Map.of())));

    @Test
    void shouldKeepTheEarliestCopyAcrossPartitionsAndInstancesAndAgainOnReplay() throws Exception {
        List<InputFiles.RawItem> items = new ArrayList<>();
        Random random = new Random(4);
        for (int s = 0; s < STORIES; s++) {
            String body = story(s, random);
            Instant t = Instant.parse("2022-01-22T04:00:00Z").plus(Duration.ofMinutes(7L * s));
            // Copies first, so arrival order would pick them; the item's own time must not.
            items.add(item("portal-" + s, "Portal", body, t.plusSeconds(600)));
            items.add(item("pti-" + s + "-corrected", "PTI", body.replace("Amina Okafor", "Amina Okafor-Reyes"),
                    t.plusSeconds(300)));
            items.add(item("pti-" + s, "PTI", body, t));
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            PrintWriter quiet = new PrintWriter(new StringWriter());
            Map<String, List<String>> first;
            try (StreamsRuntime a = StreamsRuntime.start(config(broker, "a"), STAGES, client, quiet);
                 StreamsRuntime b = StreamsRuntime.start(config(broker, "b"), STAGES, client, quiet)) {
                try (Publisher publisher = new Publisher(client, Topics.RAW.name())) {
                    items.forEach(publisher::send);
                    assertEquals(items.size(), publisher.confirm());
                }
                first = read(client, STORIES, 2 * STORIES);
            }
            for (int s = 0; s < STORIES; s++) {
                assertTrue(first.get(Topics.ENRICHED.name()).contains("pti-" + s), first.toString());
            }
            assertEquals(STORIES, first.get(Topics.ENRICHED.name()).size(), first.toString());
            assertEquals(2 * STORIES, first.get(Topics.DUPLICATES.name()).size(), first.toString());

            CommandRun replay = CommandRun.of("replay", "--bootstrap-server", broker.bootstrapServers(),
                    "--application-id", APP, "--state-dir", dir.resolve("a").toString());
            assertEquals(0, replay.exitCode(), replay.err());
            try (StreamsRuntime again = StreamsRuntime.start(config(broker, "replayed"), STAGES, client, quiet)) {
                Map<String, List<String>> both = read(client, 2 * STORIES, 4 * STORIES);
                List<String> replayed = both.get(Topics.ENRICHED.name()).subList(STORIES, 2 * STORIES);
                assertEquals(sorted(first.get(Topics.ENRICHED.name())), sorted(replayed));
            }
        }
    }

    private WirestreamConfig config(EmbeddedKafkaBroker broker, String instance) throws Exception {
        return new WirestreamConfig(broker.bootstrapServers(), APP, 4, (short) 1,
                DedupeConfig.defaults(), 1,
                Files.createDirectories(dir.resolve(instance)), true, Map.of());
    }

    /** Keys per output topic, in the order read, until both counts are reached or a minute passes. */
    private static Map<String, List<String>> read(Map<String, Object> client, int enriched, int duplicates) {
        Map<String, List<String>> keys = new TreeMap<>();
        keys.put(Topics.ENRICHED.name(), new ArrayList<>());
        keys.put(Topics.DUPLICATES.name(), new ArrayList<>());
        try (TopicReader reader = new TopicReader(client, List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name()), true)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            reader.read(r -> keys.get(r.topic()).add(r.key()), Long.MAX_VALUE, null,
                    n -> (keys.get(Topics.ENRICHED.name()).size() < enriched || keys.get(Topics.DUPLICATES.name()).size() < duplicates)
                            && System.nanoTime() < deadline);
        }
        return keys;
    }

    private static List<String> sorted(List<String> keys) {
        List<String> copy = new ArrayList<>(keys);
        Collections.sort(copy);
        return copy;
    }

    /** Four sentences of words drawn for this story, with one name a correction can change. */
    private static String story(int s, Random random) {
        String[] words = ("council harbour bridge lorries engineers corrosion supports mayor decision safety buses "
                + "hauliers closure journeys port estate river repair million report councillors vote traffic delay "
                + "inspection piers deck review officials budget contract builders steel concrete ferry commuters "
                + "residents shops market night crews weather storm flood pumps drains schools hospital clinic "
                + "nurses doctors patients ambulance station police court judge appeal ruling lawyers trial").split(" ");
        StringBuilder body = new StringBuilder("Story ").append(s).append(": Amina Okafor said");
        for (int sentence = 0; sentence < 4; sentence++) {
            for (int w = 0; w < 14; w++) {
                body.append(' ').append(words[random.nextInt(words.length)]);
            }
            body.append(". ");
        }
        return body.toString().strip();
    }

    private static InputFiles.RawItem item(String id, String agency, String body, Instant published) {
        String json = Json.MAPPER.createObjectNode().put("id", id).put("agency", agency).put("headline", "Story " + id)
                .put("body", body).put("published", published.toString()).toString();
        return new InputFiles.RawItem("test", json.getBytes(StandardCharsets.UTF_8), InputFiles.JSON);
    }
}
