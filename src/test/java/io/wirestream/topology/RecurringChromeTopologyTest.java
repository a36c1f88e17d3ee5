package io.wirestream.topology;

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

import io.wirestream.clean.ParagraphMemory;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.clean.RecurringParagraphs;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chrome learned from the feed, in the stream: the clean step's changelogged store of paragraph
 * sightings per source, through the whole topology with stand-in text stages.
 */
class RecurringChromeTopologyTest {

    @TempDir
    Path stateDir;

    /** "id|host|paragraph/paragraph/..." → an item from {@code https://host/id}. */
    private static final Stages STAGES = new Stages(
            (key, value, type) -> {
                String[] parts = new String(value, StandardCharsets.UTF_8).split("\\|", 3);
                return new FeedItem(parts[0], "TEST", "h " + parts[0], null, null, List.of(parts[2].split("/")),
                        "https://" + parts[1] + "/" + parts[0], null, null, null, List.of(), Map.of(),
                        FeedItem.SourceFormat.TEXT);
            },
            item -> Article.cleaned(item, item.paragraphs(), item.headline(), null, List.of()),
            article -> article,
            article -> article,
            article -> article.withPlaces(List.of(),
                    new RegionAssignment(Region.UNKNOWN, List.of(Region.UNKNOWN), Map.of())));

    private static final String PROMO = "Get the Ledger app for breaking news alerts.";
    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, Article> enriched;

    private void start(RecurringConfig recurring) {
        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
        props.put("state.dir", stateDir.toString());
        // No dedupe hold: each article comes out as its record goes in.
        DedupeConfig dedupe = new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ZERO);
        driver = new TopologyTestDriver(WirestreamTopology.build(STAGES, dedupe, recurring, OutputTopics.LIVE), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(),
                Topics.ENRICHED.valueSerde().deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    /** A story of its own: distinct enough from every other that dedupe keeps them all. */
    private static String story(int n) {
        String[] towns = {"Leeds", "Mombasa", "Lahore", "Doha", "Pune", "Accra", "Austin", "Hull"};
        return "Officials in " + towns[n % towns.length] + " said on day " + n + " that " + (n * 7 + 3)
                + " new buses would enter service, after a vote number " + (n * 13) + " by councillors.";
    }

    private void publish(String id, String host, Instant at, String... paragraphs) {
        raw.pipeInput(id, (id + "|" + host + "|" + String.join("/", paragraphs)).getBytes(StandardCharsets.UTF_8), at);
    }

    private Article next() {
        return enriched.readValue();
    }

    private static boolean removedAsChrome(Article article, String text) {
        return article.removals().stream().anyMatch(r -> r.rule().equals(RecurringParagraphs.RULE) && r.text().equals(text));
    }

    @Test
    void shouldRemoveAParagraphFromAPortalsLaterItemsOnceItRecursInEnoughOfThem() {
        start(new RecurringConfig(3, Duration.ofDays(1)));
        for (int n = 1; n <= 4; n++) {
            publish("a" + n, "ledger.example", T0.plusSeconds(n), story(n), PROMO);
        }
        List<Article> out = enriched.readValuesToList();
        assertEquals(4, out.size());
        // The first N-1 were not yet known as chrome, and keep it: on a replay too.
        assertTrue(out.get(0).paragraphs().contains(PROMO));
        assertTrue(out.get(1).paragraphs().contains(PROMO));
        for (Article later : out.subList(2, 4)) {
            assertEquals(List.of(later.paragraphs().get(0)), later.paragraphs());
            assertTrue(removedAsChrome(later, PROMO), later.removals().toString());
        }
    }

    @Test
    void shouldNotCountTheSameParagraphFromAnotherSource() {
        start(new RecurringConfig(2, Duration.ofDays(1)));
        publish("a1", "ledger.example", T0, story(1), PROMO);
        publish("b1", "gazette.example", T0.plusSeconds(1), story(2), PROMO);
        List<Article> out = enriched.readValuesToList();
        assertTrue(out.get(1).paragraphs().contains(PROMO), "one sighting on each portal is not recurrence");
        publish("b2", "gazette.example", T0.plusSeconds(2), story(3), PROMO);
        assertTrue(removedAsChrome(next(), PROMO), "the second on the same portal is");
    }

    @Test
    void shouldNotCountAnItemResentOrUpdatedAsAnotherItem() {
        start(new RecurringConfig(3, Duration.ofDays(1)));
        publish("a1", "ledger.example", T0, story(1), PROMO);
        publish("a1", "ledger.example", T0.plusSeconds(1), story(1), PROMO);
        publish("a1", "ledger.example", T0.plusSeconds(2), story(1) + " Corrected.", PROMO);
        publish("a2", "ledger.example", T0.plusSeconds(3), story(2), PROMO);
        List<Article> out = enriched.readValuesToList();
        assertEquals(3, out.size(), "the identical re-send is an id duplicate: " + out);
        assertTrue(out.stream().allMatch(a -> a.paragraphs().contains(PROMO)), "a1 counts once, a2 makes two");
        publish("a3", "ledger.example", T0.plusSeconds(4), story(3), PROMO);
        assertTrue(removedAsChrome(next(), PROMO), "a third item makes three");
    }

    @Test
    void shouldSweepSightingsAHorizonOfStreamTimeOldSoTheStoreStaysBounded() {
        start(new RecurringConfig(2, Duration.ofHours(1)));
        publish("a1", "ledger.example", T0, story(1), PROMO);
        KeyValueStore<String, ParagraphMemory.Sighting> store = driver.getKeyValueStore(WirestreamTopology.RECURRING_STORE);
        assertEquals(2, entries(store).size(), "the story paragraph and the promo");
        publish("a2", "ledger.example", T0.plus(Duration.ofHours(2)), story(2), PROMO);
        enriched.readValuesToList().forEach(a -> assertFalse(removedAsChrome(a, PROMO), "a1 is past the horizon"));
        List<KeyValue<String, ParagraphMemory.Sighting>> left = entries(store);
        assertEquals(2, left.size(), "a1's sightings swept, a2's kept: " + left);
        assertTrue(left.stream().allMatch(kv -> kv.value.lastSeen() == T0.plus(Duration.ofHours(2)).toEpochMilli()));
    }

    private static List<KeyValue<String, ParagraphMemory.Sighting>> entries(KeyValueStore<String, ParagraphMemory.Sighting> store) {
        try (KeyValueIterator<String, ParagraphMemory.Sighting> all = store.all()) {
            List<KeyValue<String, ParagraphMemory.Sighting>> list = new ArrayList<>();
            all.forEachRemaining(list::add);
            return list;
        }
    }
}
