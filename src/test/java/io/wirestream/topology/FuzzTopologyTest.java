package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import io.wirestream.bench.FuzzFeed;
import io.wirestream.dedupe.DedupeConfig;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over 100,000 malformed and good items through the topology with the real stages (NER aside):
 * the stream never stops, every bad item is dead-lettered with its stage and reason, every good
 * one comes out, and in = enriched + duplicates + dead letters.
 */
class FuzzTopologyTest {

    /** {@code -Dfuzz.items=N} runs a shorter or longer fuzz. */
    private static final int ITEMS = Integer.getInteger("fuzz.items", 100_000);
    private static final int MAX_ITEM_BYTES = 4096;

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterEveryBadItemAndEmitEveryGoodOneWithoutStopping() {
        Properties props = WirestreamConfig.defaults("dummy:9092").streamsProperties();
        props.put("state.dir", stateDir.toString());
        Stages stages = NoNerStages.with(MAX_ITEM_BYTES, article -> article);
        try (TopologyTestDriver driver = new TopologyTestDriver(
                WirestreamTopology.build(stages,
                        // No hold: the accounting is checked batch by batch, so nothing may wait for a grace.
                        new DedupeConfig(Duration.ofDays(7), Duration.ZERO, DedupeConfig.NearCopyPolicy.DUPLICATE)),
                props)) {
            TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<String, String> enriched = driver.createOutputTopic(Topics.ENRICHED.name(),
                    new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<String, String> duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(),
                    new StringDeserializer(), new StringDeserializer());
            TestOutputTopic<byte[], byte[]> dlq = driver.createOutputTopic(Topics.DLQ.name(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());

            FuzzFeed feed = new FuzzFeed(new Random(20261129L), MAX_ITEM_BYTES, "fz-", Integer.MAX_VALUE);
            Set<String> expectedIds = new HashSet<>();
            Set<String> enrichedIds = new HashSet<>();
            long good = 0;
            long dup = 0;
            long bad = 0;
            long enrichedCount = 0;
            long duplicateCount = 0;
            long deadCount = 0;
            Instant time = Instant.parse("2026-11-29T00:00:00Z");
            for (int n = 0; n < ITEMS; n++) {
                FuzzFeed.Input in = feed.next();
                RecordHeaders headers = new RecordHeaders();
                if (in.contentType() != null) {
                    headers.add("content-type", in.contentType().getBytes(StandardCharsets.UTF_8));
                }
                raw.pipeInput(new TestRecord<>(in.key(), in.value(), headers, time.plusMillis(n)));
                switch (in.kind()) {
                    case GOOD -> {
                        good++;
                        if (in.id() != null) {
                            expectedIds.add(in.id());
                        }
                    }
                    case DUPLICATE -> dup++;
                    default -> bad++;
                }
                if (n % 1000 == 999 || n == ITEMS - 1) {
                    for (TestRecord<String, String> r : enriched.readRecordsToList()) {
                        enrichedCount++;
                        enrichedIds.add(r.key());
                    }
                    duplicateCount += duplicates.readRecordsToList().size();
                    for (TestRecord<byte[], byte[]> r : dlq.readRecordsToList()) {
                        deadCount++;
                        assertHeader(r, DeadLetterHandler.STAGE_HEADER);
                        assertHeader(r, DeadLetterHandler.REASON_HEADER);
                    }
                    // Fail early, at the batch that broke the accounting, not after 100,000 items.
                    assertEquals(good + dup + bad, enrichedCount + duplicateCount + deadCount, "after item " + n);
                }
            }
            assertEquals(ITEMS, good + dup + bad);
            assertEquals(bad, deadCount, "dead letters");
            assertEquals(dup, duplicateCount, "duplicates");
            assertEquals(good, enrichedCount, "enriched");
            assertFalse(expectedIds.isEmpty());
            expectedIds.removeAll(enrichedIds);
            assertEquals(Set.of(), expectedIds, "good items that did not come out");
        }
    }

    private static void assertHeader(TestRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        assertNotNull(h, name + " missing on dead letter " + r);
        assertFalse(new String(h.value(), StandardCharsets.UTF_8).isBlank(), name + " blank on " + r);
    }
}
