package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.serde.Json;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The topology's wiring: dedupe, versions, routing, dead letters and names. The text stages are
 * replaced by small deterministic ones so these tests pin the data flow, not text quality
 * ({@code PipelineTopologyTest} runs the real stages).
 */
class WirestreamTopologyTest {

    /** The driver's state directory, removed after each test. */
    @TempDir
    Path stateDir;

    /** "id|region|body[|published]" → an item; anything else is unparseable. */
    private static final Stages STAGES = new Stages(
            (key, value, type) -> {
                String[] parts = new String(value, StandardCharsets.UTF_8).split("\\|", 4);
                if (parts.length < 3) {
                    throw new IllegalArgumentException("expected id|region|body");
                }
                Instant published = parts.length == 4 ? Instant.parse(parts[3]) : Instant.parse("2022-01-22T11:05:00Z");
                return new FeedItem(parts[0], "TEST", "h " + parts[0], null, parts[1], List.of(parts[2]), null,
                        published, null, null, List.of(), Map.of(),
                        FeedItem.SourceFormat.TEXT);
            },
            item -> Article.cleaned(item, item.paragraphs(), item.headline(), null, List.of()),
            article -> article,
            article -> article,
            article -> {
                List<Region> desks = java.util.Arrays.stream(article.dateline().split(","))
                        .map(Region::ofSlug).toList();
                return article.withPlaces(List.of(), new RegionAssignment(desks.get(0), desks, Map.of()));
            });

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, String> enriched;
    private TestOutputTopic<String, String> duplicates;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeEach
    void setUp() {
        // No grace here: these tests pin the data flow record by record; the hold has its own tests.
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ZERO));
    }

    private void start(DedupeConfig dedupe) {
        if (driver != null) {
            driver.close();
        }
        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
        props.put("state.dir", stateDir.toString());
        driver = new TopologyTestDriver(WirestreamTopology.build(STAGES, dedupe), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(), new StringDeserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), new StringDeserializer(), new StringDeserializer());
        dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
        driver = null;
    }

    private void publish(String key, String value) {
        raw.pipeInput(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(String value) throws Exception {
        return Json.MAPPER.readTree(value);
    }

    @Test
    void shouldEnrichAndRouteANewArticle() throws Exception {
        publish("a1", "a1|europe|Talks in Geneva.");
        JsonNode out = json(enriched.readValue());
        assertEquals("1", out.path("version").asText());
        assertEquals("new", out.path("wirestream").path("dedupe").path("decision").asText());
        assertEquals(1, regionTopic(Region.EUROPE).getQueueSize());
        assertTrue(regionTopic(Region.ASIA).isEmpty());
    }

    @Test
    void shouldRouteToEveryDeskOfTheArticle() {
        publish("a1", "a1|europe,asia|Tokyo and Moscow.");
        assertEquals(1, regionTopic(Region.EUROPE).getQueueSize());
        assertEquals(1, regionTopic(Region.ASIA).getQueueSize());
        assertEquals(1, enriched.getQueueSize());
    }

    @Test
    void shouldRouteUnknownDeskToDefaultBranch() {
        publish("a1", "a1|unknown|Nowhere in particular.");
        assertEquals(1, regionTopic(Region.UNKNOWN).getQueueSize());
    }

    @Test
    void shouldDropSameIdSameContentAsIdDuplicate() throws Exception {
        publish("a1", "a1|europe|Same text.");
        publish("a1", "a1|europe|Same text.");
        assertEquals(1, enriched.getQueueSize());
        TestRecord<String, String> dup = duplicates.readRecord();
        assertEquals("a1", dup.key());
        JsonNode dedupe = json(dup.value()).path("wirestream").path("dedupe");
        assertEquals("id", dedupe.path("decision").asText());
        assertEquals("a1", dedupe.path("original").asText());
    }

    @Test
    void shouldDropRepublishedCopyUnderAnotherIdNamingTheOriginal() throws Exception {
        publish("a1", "a1|europe|Same text, other portal.");
        publish("b7", "b7|europe|Same  text, other portal!");
        assertEquals(1, enriched.getQueueSize());
        JsonNode dedupe = json(duplicates.readValue()).path("wirestream").path("dedupe");
        assertEquals("content", dedupe.path("decision").asText());
        assertEquals("a1", dedupe.path("original").asText());
    }

    @Test
    void shouldSendChangedContentUnderSameIdAsNextVersion() throws Exception {
        publish("a1", "a1|europe|First text.|2022-01-22T04:00:00Z");
        publish("a1", "a1|europe|First text, corrected.|2022-01-22T05:40:00Z");
        List<String> out = enriched.readValuesToList();
        assertEquals(2, out.size());
        JsonNode update = json(out.get(1));
        assertEquals("2", update.path("version").asText());
        assertEquals("update", update.path("wirestream").path("dedupe").path("decision").asText());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void shouldKeyByEnvelopeIdWhateverTheRecordKey() {
        publish(null, "a1|europe|Text one.");
        publish("other-key", "a1|europe|Text one, edited.");
        List<TestRecord<String, String>> out = enriched.readRecordsToList();
        assertEquals(List.of("a1", "a1"), out.stream().map(TestRecord::key).toList());
    }

    @Test
    void shouldForgetArticlesAfterTheHorizon() {
        raw.pipeInput("a1", "a1|europe|Old text.".getBytes(StandardCharsets.UTF_8), Instant.parse("2022-01-01T00:00:00Z"));
        // Advance stream time well past the one-day horizon, then re-send.
        raw.pipeInput("z9", "z9|europe|Filler.".getBytes(StandardCharsets.UTF_8), Instant.parse("2022-01-10T00:00:00Z"));
        raw.pipeInput("a1", "a1|europe|Old text.".getBytes(StandardCharsets.UTF_8), Instant.parse("2022-01-10T00:00:01Z"));
        assertEquals(3, enriched.getQueueSize());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void shouldDeadLetterUnparseableInputAndKeepGoing() {
        RecordHeaders headers = new RecordHeaders();
        byte[] bad = "not an item".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput(new TestRecord<>("bad", bad, headers));
        publish("a1", "a1|europe|Still flowing.");
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        assertEquals("not an item", new String(dead.value(), StandardCharsets.UTF_8));
        assertEquals("bad", new String(dead.key(), StandardCharsets.UTF_8));
        assertEquals(WirestreamTopology.PARSE, header(dead, DeadLetterHandler.STAGE_HEADER));
        assertEquals("expected id|region|body", header(dead, DeadLetterHandler.REASON_HEADER));
        assertEquals(Topics.RAW.name(), header(dead, "__streams.errors.topic"));
        assertEquals(1, enriched.getQueueSize());
    }

    @Test
    void shouldStampSchemaVersionAndJsonContentTypeHeaders() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "text/plain".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("a1", "a1|europe|Text.".getBytes(StandardCharsets.UTF_8), headers));
        var out = enriched.readRecord().headers();
        assertEquals("2", new String(out.lastHeader("schema").value(), StandardCharsets.UTF_8));
        assertEquals("application/json", new String(out.lastHeader("content-type").value(), StandardCharsets.UTF_8));
        assertEquals(1, out.toArray().length - 1, "one content-type and the schema header");
    }

    /** Four sentences, long enough for containment to mean something. */
    private static final String STORY = "The city council voted on Tuesday to close the old harbour bridge to heavy "
            + "lorries from next month after engineers found corrosion in two of its main supports. Mayor Helena Brandt "
            + "said the decision was taken with regret but that safety came first. Hauliers warned the closure would "
            + "add forty minutes to journeys between the port and the industrial estate on the eastern bank.";
    private static final String ADDED = " The council will review the decision in six months once a second "
            + "inspection of the piers and the deck has been completed, officials said on Wednesday.";

    @Test
    void shouldRecordAnOlderTextArrivingAfterTheNewerAsSupersededNotAsTheNextVersion() throws Exception {
        publish("pti-1", "pti-1|asia|Newer text of the story.|2022-01-22T05:40:00Z");
        publish("pti-1", "pti-1|asia|Older text of the story.|2022-01-22T04:00:00Z");
        List<String> out = enriched.readValuesToList();
        assertEquals(1, out.size());
        assertEquals("Newer text of the story.", json(out.get(0)).path("bodies").path(0).path("value").asText());
        JsonNode dedupe = json(duplicates.readValue()).path("wirestream").path("dedupe");
        assertEquals("superseded", dedupe.path("decision").asText());
    }

    @Test
    void shouldDropANearCopyWithAParagraphAddedNamingTheOriginal() throws Exception {
        publish("a1", "a1|europe|" + STORY + "|2022-01-22T04:00:00Z");
        publish("b2", "b2|europe|" + STORY + ADDED + "|2022-01-22T05:00:00Z");
        assertEquals(List.of("a1"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        JsonNode dedupe = json(duplicates.readValue()).path("wirestream").path("dedupe");
        assertEquals("near", dedupe.path("decision").asText());
        assertEquals("a1", dedupe.path("original").asText());
        assertTrue(dedupe.path("method").asText().startsWith("minhash-lsh+"), dedupe.toString());
        assertTrue(dedupe.path("similarity").asDouble() < 1.0, dedupe.toString());
    }

    @Test
    void shouldPublishAnAgencysSubstantialReissueWhenThePolicySaysUpdate() throws Exception {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ZERO)
                .withNearCopyPolicy(DedupeConfig.NearCopyPolicy.UPDATE));
        publish("a1", "a1|europe|" + STORY + "|2022-01-22T04:00:00Z");
        publish("a2", "a2|europe|" + STORY + ADDED + "|2022-01-22T05:00:00Z");
        List<String> out = enriched.readValuesToList();
        assertEquals(2, out.size());
        JsonNode dedupe = json(out.get(1)).path("wirestream").path("dedupe");
        assertEquals("reissue", dedupe.path("decision").asText());
        assertEquals("a1", dedupe.path("original").asText());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void shouldKeepTheEarliestByEventTimeWhicheverArrivesFirst() throws Exception {
        List<List<String>> kept = new java.util.ArrayList<>();
        for (boolean copyFirst : List.of(true, false)) {
            start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
            String original = "a1|europe|" + STORY + "|2022-01-22T04:00:00Z";
            String copy = "b2|europe|" + STORY.replace("Helena", "Helene") + "|2022-01-22T05:00:00Z";
            publish(copyFirst ? "b2" : "a1", copyFirst ? copy : original);
            publish(copyFirst ? "a1" : "b2", copyFirst ? original : copy);
            assertTrue(enriched.isEmpty() && duplicates.isEmpty(), "held for the grace");
            idle(Duration.ofSeconds(11));
            kept.add(enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
            JsonNode dedupe = json(duplicates.readValue()).path("wirestream").path("dedupe");
            assertEquals("a1", dedupe.path("original").asText());
            assertEquals("near", dedupe.path("decision").asText());
        }
        assertEquals(List.of(List.of("a1"), List.of("a1")), kept);
    }

    @Test
    void shouldReleaseWhenStreamTimePassesTheGraceWithoutWaitingForTheWallClock() {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
        Instant t0 = Instant.parse("2022-01-22T06:00:00Z");
        raw.pipeInput("a1", "a1|europe|First story.".getBytes(StandardCharsets.UTF_8), t0);
        raw.pipeInput("z9", "z9|europe|Second story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(11));
        raw.pipeInput("z8", "z8|europe|Third story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(22));
        // Stream time passed a grace after a1 and z9, not after z8, which is still held.
        assertEquals(List.of("a1", "z9"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        idle(Duration.ofSeconds(11));
        assertEquals(List.of("z8"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }

    @Test
    void shouldDecideARecordOlderThanWhatHasGoneOutAtOnceAndKeepHoldingNewerOnes() {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
        Instant t0 = Instant.parse("2022-01-22T06:00:00Z");
        raw.pipeInput("a1", "a1|europe|First story.".getBytes(StandardCharsets.UTF_8), t0);
        raw.pipeInput("z9", "z9|europe|Second story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(30));
        assertEquals(List.of("a1"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        // Record time before the released cutoff (stream time 30 s - grace): due on arrival, not held.
        raw.pipeInput("b5", "b5|europe|Third story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(5));
        assertEquals(List.of("b5"), enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList());
        raw.pipeInput("c7", "c7|europe|Fourth story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(25));
        assertTrue(enriched.isEmpty(), "still within the grace of stream time");
        idle(Duration.ofSeconds(11));
        assertEquals(List.of("z9", "c7").stream().sorted().toList(),
                enriched.readKeyValuesToList().stream().map(kv -> kv.key).sorted().toList());
    }

    @Test
    void shouldReleaseAHeldRecordAfterAGraceOfWallClockEvenWhileOlderRecordsKeepComing() {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
        Instant t0 = Instant.parse("2022-01-22T06:00:00Z");
        raw.pipeInput("a1", "a1|europe|The newest story.".getBytes(StandardCharsets.UTF_8), t0.plusSeconds(5));
        // Traffic never stops, but stream time never passes a1's time plus the grace.
        for (int i = 0; i < 11; i++) {
            driver.advanceWallClockTime(Duration.ofSeconds(1));
            raw.pipeInput("z" + i, ("z" + i + "|europe|Older story number " + i + ".").getBytes(StandardCharsets.UTF_8), t0);
        }
        assertTrue(enriched.readKeyValuesToList().stream().anyMatch(kv -> kv.key.equals("a1")),
                "held for one grace of wall-clock time at most");
    }

    @Test
    void shouldSayOnTheRecordThatAnEarlierCopyCameAfterTheGrace() throws Exception {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
        Instant t0 = Instant.parse("2022-01-22T06:00:00Z");
        raw.pipeInput("b2", ("b2|europe|" + STORY + "|2022-01-22T05:00:00Z").getBytes(StandardCharsets.UTF_8), t0);
        idle(Duration.ofSeconds(11));
        raw.pipeInput("a1", ("a1|europe|" + STORY.replace("Helena", "Helene") + "|2022-01-22T04:00:00Z")
                .getBytes(StandardCharsets.UTF_8), t0.plusSeconds(60));
        idle(Duration.ofSeconds(11));
        List<String> out = enriched.readValuesToList();
        assertEquals(2, out.size(), "the copy had gone out; the earlier one is kept too, never both dropped");
        JsonNode late = json(out.get(1)).path("wirestream").path("dedupe");
        assertEquals("a1", json(out.get(1)).path("wirestream").path("id").asText());
        assertTrue(late.path("late").asBoolean(), late.toString());
    }

    @Test
    void shouldExportWhatWaitsInTheHoldAsAGauge() {
        start(new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ofSeconds(10)));
        publish("a1", "a1|europe|" + STORY);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        assertTrue(heldInBuckets() > 0, "held for the grace");
        idle(Duration.ofSeconds(11));
        assertEquals(0.0, heldInBuckets());
        assertEquals(1, enriched.getQueueSize());
    }

    private double heldInBuckets() {
        return driver.metrics().entrySet().stream()
                .filter(e -> e.getKey().name().equals("held-entries")
                        && WirestreamTopology.BUCKET_HOLD.equals(e.getKey().tags().get("store")))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
    }

    /** Wall-clock time with no stream-time progress, enough for both holds to give up waiting. */
    private void idle(Duration grace) {
        for (int i = 0; i < 3; i++) {
            driver.advanceWallClockTime(grace);
        }
    }

    /**
     * The whole description, compared with the expected file: a renamed store or repartition topic
     * loses state in production, so every rename must show up as a diff here. After an intended
     * change, regenerate the file with {@code -Dwirestream.topology.update=true} and review the diff.
     */
    @Test
    void shouldPinTheWholeTopologyDescription() throws Exception {
        String described = WirestreamTopology.build(STAGES, new DedupeConfig(Duration.ofDays(1))).describe().toString();
        Path expected = Path.of("src/test/resources/io/wirestream/topology/topology-description.txt");
        if (Boolean.getBoolean("wirestream.topology.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, described);
        }
        assertEquals(Files.readString(expected), described,
                "topology changed: review the names, then regenerate with -Dwirestream.topology.update=true");
    }

    @Test
    void shouldWriteAVersionedRunToItsOwnTopicsWithTheSameNodesAndStores() throws Exception {
        OutputTopics v2 = new OutputTopics("v2");
        DedupeConfig dedupe = new DedupeConfig(Duration.ofDays(1)).withGrace(Duration.ZERO);
        String live = WirestreamTopology.build(STAGES, dedupe).describe().toString();
        String versioned = WirestreamTopology.build(STAGES, dedupe, RecurringConfig.defaults(), v2).describe().toString();
        // Only the sink topics differ: a versioned run has the live run's nodes, stores and internal topics.
        assertTrue(versioned.contains("topic: news.region.europe.v2)"), versioned);
        assertEquals(live, versioned.replace(".v2)", ")"));

        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties(v2);
        props.put("state.dir", stateDir.resolve("v2").toString());
        try (TopologyTestDriver v2Driver = new TopologyTestDriver(WirestreamTopology.build(STAGES, dedupe, RecurringConfig.defaults(), v2), props)) {
            TestInputTopic<String, byte[]> v2Raw = v2Driver.createInputTopic(Topics.RAW.name(), new StringSerializer(),
                    new ByteArraySerializer());
            v2Raw.pipeInput("a1", "a1|europe|Talks in Geneva.".getBytes(StandardCharsets.UTF_8));
            v2Raw.pipeInput("a1", "a1|europe|Talks in Geneva.".getBytes(StandardCharsets.UTF_8));
            v2Raw.pipeInput("bad", "no fields".getBytes(StandardCharsets.UTF_8));
            assertEquals(List.of("a1"), v2Driver.createOutputTopic("news.enriched.v2", new StringDeserializer(),
                    new StringDeserializer()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            assertEquals(List.of("a1"), v2Driver.createOutputTopic("news.region.europe.v2", new StringDeserializer(),
                    new StringDeserializer()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            assertEquals(List.of("a1"), v2Driver.createOutputTopic("news.duplicates.v2", new StringDeserializer(),
                    new StringDeserializer()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
            assertEquals("parse", header(v2Driver.createOutputTopic("news.dlq.v2", new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()).readRecord(), DeadLetterHandler.STAGE_HEADER));
            assertTrue(v2Driver.producedTopicNames().stream().noneMatch(Topics.names()::contains),
                    "a versioned run wrote to a live topic: " + v2Driver.producedTopicNames());
        }
    }

    @Test
    void shouldRejectAVersionThatIsNotOneTopicNameSegment() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new OutputTopics("v2.europe"));
        assertTrue(e.getMessage().contains("'v2.europe'"), e.getMessage());
    }

    private TestOutputTopic<String, String> regionTopic(Region region) {
        return driver.createOutputTopic(Topics.region(region).name(), new StringDeserializer(), new StringDeserializer());
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
