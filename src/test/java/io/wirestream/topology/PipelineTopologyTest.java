package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Region;
import io.wirestream.serde.ArticleSchemas;
import io.wirestream.serde.Json;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology with the production stages, fed the bundled sample items. */
class PipelineTopologyTest {

    /** The driver's state directory, removed after each test. */
    @TempDir
    Path stateDir;

    private static Stages stages;
    private static JsonSchema schema;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, String> enriched;
    private TestOutputTopic<String, String> duplicates;

    @BeforeAll
    static void loadOnce() throws IOException {
        stages = Stages.standard();
        schema = ArticleSchemas.wirestream();
    }

    @BeforeEach
    void setUp() {
        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
        props.put("state.dir", stateDir.toString());
        driver = new TopologyTestDriver(WirestreamTopology.build(stages, DedupeConfig.defaults()), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(), new StringDeserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    static byte[] demoItem(String name) {
        try (InputStream in = PipelineTopologyTest.class.getResourceAsStream("/io/wirestream/cli/demo/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Idle wall-clock time past the grace, more than once: the bucket stage's wall-clock fallback releases its hold. */
    private void flush() {
        for (int i = 0; i < 3; i++) {
            driver.advanceWallClockTime(DedupeConfig.DEFAULT_GRACE.plusSeconds(1));
        }
    }

    private TestOutputTopic<String, String> desk(Region region) {
        return driver.createOutputTopic(Topics.region(region).name(), new StringDeserializer(), new StringDeserializer());
    }

    @Test
    void shouldPublishTheSeedSampleCleanTaggedAndOnEuropeAndAsia() throws Exception {
        raw.pipeInput(null, demoItem("ani-tokyo-embassy.txt"));
        flush();
        JsonNode article = Json.MAPPER.readTree(enriched.readValue());
        String body = article.path("bodies").path(0).path("value").asText();
        assertFalse(body.contains("auto-published"));
        assertFalse(body.contains("Open in App"));
        assertFalse(body.contains("Related Stories"));
        assertFalse(body.contains("(ANI/Sputnik)"));
        assertEquals(body.indexOf("Tokyo's position toward Russia"), body.lastIndexOf("Tokyo's position toward Russia"),
                "the lead paragraph once");
        List<String> tags = new ArrayList<>();
        article.path("subjects").forEach(t -> tags.add(t.path("name").asText()));
        assertEquals(List.of("Tokyo", "Kiev", "Russian Embassy", "White House", "Joe Biden", "Fumio Kishida"), tags);
        assertEquals("ANI/Sputnik", article.path("wirestream").path("credit").asText());
        assertEquals("2022-01-22T11:05:00Z", article.path("versioncreated").asText());
        assertEquals(1, desk(Region.EUROPE).getQueueSize());
        assertEquals(1, desk(Region.ASIA).getQueueSize());
    }

    @Test
    void shouldKeepOneArticleWhenTheSampleIsPublishedTwice() {
        raw.pipeInput(null, demoItem("ani-tokyo-embassy.txt"));
        raw.pipeInput(null, demoItem("ani-tokyo-embassy.txt"));
        flush();
        assertEquals(1, enriched.getQueueSize());
        assertEquals(1, duplicates.getQueueSize());
    }

    @Test
    void shouldCatchTheSameStoryScrapedFromAnotherPortal() throws Exception {
        raw.pipeInput(null, demoItem("ani-tokyo-embassy.txt"));
        raw.pipeInput(null, demoItem("ani-tokyo-embassy-other-portal.txt"));
        flush();
        String originalId = Json.MAPPER.readTree(enriched.readValue()).path("wirestream").path("id").asText();
        JsonNode dedupe = Json.MAPPER.readTree(duplicates.readValue()).path("wirestream").path("dedupe");
        assertEquals("content", dedupe.path("decision").asText());
        assertEquals(originalId, dedupe.path("original").asText());
    }

    @Test
    void shouldSendAHeadlineCorrectionUnderTheSameIdAsTheNextVersion() throws Exception {
        String body = "\"body\": \"Heavy rain lashed New Delhi on Monday, officials said.\"}";
        raw.pipeInput("pti-9", ("{\"id\": \"pti-9\", \"headline\": \"Rain lashes Delhi\", "
                + "\"published\": \"2022-01-22T04:00:00Z\", " + body).getBytes(StandardCharsets.UTF_8));
        flush(); // the first text goes out before the correction arrives; within one grace only the newer would
        raw.pipeInput("pti-9", ("{\"id\": \"pti-9\", \"headline\": \"Heavy rain lashes Delhi\", "
                + "\"published\": \"2022-01-22T04:00:00Z\", \"updated\": \"2022-01-22T04:20:00Z\", " + body)
                .getBytes(StandardCharsets.UTF_8));
        flush();
        List<String> out = enriched.readValuesToList();
        assertEquals(2, out.size());
        JsonNode corrected = Json.MAPPER.readTree(out.get(1));
        assertEquals("2", corrected.path("version").asText());
        assertEquals("Heavy rain lashes Delhi", corrected.path("headlines").path(0).path("value").asText());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void shouldDeadLetterMalformedJsonWithTheParserReason() {
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("broken-1", demoItem("malformed.json"), headers));
        TestRecord<byte[], byte[]> dead = dlq.readRecord();
        String reason = new String(dead.headers().lastHeader(DeadLetterHandler.REASON_HEADER).value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("JSON"), reason);
        assertTrue(enriched.isEmpty());
    }

    @Test
    void shouldAccountForEveryRecordOnRandomInput() {
        TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ.name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        java.util.Random random = new java.util.Random(20221122L);
        List<byte[]> seeds = List.of(demoItem("ani-tokyo-embassy.txt"), demoItem("pti-delhi.json"),
                demoItem("reuters-nairobi.json"), demoItem("malformed.json"));
        int n = 300;
        for (int i = 0; i < n; i++) {
            byte[] value = mutate(seeds.get(random.nextInt(seeds.size())), random);
            raw.pipeInput(random.nextBoolean() ? null : "k" + random.nextInt(50), value);
        }
        flush();
        // Nothing is lost: every record read comes out on exactly one of the three topics.
        assertEquals(n, enriched.getQueueSize() + duplicates.getQueueSize() + dlq.getQueueSize());
    }

    /** The item cut short, with bytes overwritten, replaced by noise, or as it is. */
    private static byte[] mutate(byte[] seed, java.util.Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            case 1:
                byte[] damaged = seed.clone();
                for (int k = 0; k < 20; k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                return damaged;
            case 2:
                byte[] noise = new byte[random.nextInt(2000)];
                random.nextBytes(noise);
                return noise;
            default:
                return seed;
        }
    }

    @Test
    void shouldWriteOutputThatValidatesAgainstTheSchema() throws Exception {
        for (String item : List.of("ani-tokyo-embassy.txt", "pti-delhi.json", "reuters-nairobi.json",
                "ap-washington.json", "no-place.json", "pti-delhi-update.json", "ani-tokyo-embassy.txt")) {
            raw.pipeInput(null, demoItem(item));
        }
        flush();
        List<String> values = new ArrayList<>(enriched.readValuesToList());
        values.addAll(duplicates.readValuesToList());
        assertEquals(7, values.size());
        for (String value : values) {
            Set<ValidationMessage> errors = schema.validate(Json.MAPPER.readTree(value));
            assertEquals(Set.of(), errors, value);
        }
    }
}
