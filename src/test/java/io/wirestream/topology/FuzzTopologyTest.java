package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

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

    private enum Kind { GOOD, DUPLICATE, BAD }

    /** One generated input and what must become of it. */
    private record Input(String key, byte[] value, String contentType, Kind kind, String id) {
    }

    /** Distinct letters-only words for n, so normalised content never collides across items. */
    private static String words(int n) {
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            w.append(' ');
            int m = n + k * 7919;
            do {
                w.append((char) ('a' + m % 26));
                m /= 26;
            } while (m > 0);
            w.append("ov");
        }
        return w.toString();
    }

    private static String envelope(int n, String extra) {
        return "{\"id\":\"fz-" + n + "\",\"headline\":\"Council report" + words(n) + "\",\"body\":\"Officials released"
                + " the report" + words(n) + " on Monday after a long review.\"" + extra + "}";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Input generate(int n, Random random, List<Input> goods) {
        String id = "fz-" + n;
        String key = random.nextInt(4) == 0 ? null : id;
        // Malformed items are the point (issue 11: 100,000 of them); one cycle in ten also carries the
        // six kinds of good item, enough to check they all come out without paying the dedupe path
        // (21 bucket records per article) a hundred thousand times.
        int kind = n % 16;
        if (kind >= 10 && (n / 16) % 10 != 0) {
            kind -= 10;
        }
        return switch (kind) {
            case 0 -> {
                byte[] b = utf8(envelope(n, ""));
                b[random.nextInt(b.length)] = (byte) 0xC3;
                b[b.length - 1] = (byte) 0xFF;
                yield new Input(key, b, null, Kind.BAD, id);
            }
            case 1 -> {
                String e = envelope(n, "");
                yield new Input(key, utf8(e.substring(0, 1 + random.nextInt(e.length() - 2))), "application/json",
                        Kind.BAD, id);
            }
            case 2 -> new Input(key, utf8("{\"headline\":\"x\",\"body\":" + "[".repeat(300 + random.nextInt(700))),
                    null, Kind.BAD, id);
            case 3 -> new Input(key, utf8(envelope(n, ",\"pad\":\"" + "x".repeat(MAX_ITEM_BYTES) + "\"")), null,
                    Kind.BAD, id);
            case 4 -> new Input(key, random.nextBoolean() ? new byte[0] : null, null, Kind.BAD, id);
            case 5 -> {
                byte[] b = new byte[1 + random.nextInt(200)];
                random.nextBytes(b);
                b[0] = 0;
                yield new Input(key, b, random.nextBoolean() ? null : "text/plain", Kind.BAD, id);
            }
            case 6 -> new Input(key, utf8("<html><head><title>Sign in</title><script>var x" + n
                    + ";</script><style>p{}</style></head><body><nav>Home</nav></body></html>"), null, Kind.BAD, id);
            case 7 -> new Input(key, utf8("{\"id\":\"" + id + "\",\"headline\":" + random.nextInt() + "}"), null,
                    Kind.BAD, id);
            case 8 -> new Input(key, utf8("{\"id\":\"" + id + "\",\"headline\":\"H\",\"body\":\"b\",\"published\":"
                    + (random.nextBoolean() ? "{}" : "\"not a date\"") + "}"), null, Kind.BAD, id);
            case 9 -> new Input(key, utf8("[" + envelope(n, "") + "]"), null, Kind.BAD, id);
            case 10 -> new Input(key, utf8(envelope(n, ",\"published\":\"1900-01-01T00:00:00Z\"")), null, Kind.GOOD, id);
            case 11 -> new Input(key, utf8(envelope(n, ",\"updated\":\"2999-12-31T23:59:59Z\"")), null, Kind.GOOD, id);
            case 12 -> new Input(null, utf8("<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"Harbour"
                    + " news" + words(n) + "\"></head><body><nav>Menu</nav><script>track()</script><article><p>"
                    + "Harbour officials said" + words(n) + " on Monday.</p></article></body></html>"), null,
                    Kind.GOOD, null);
            case 13 -> !goods.isEmpty() && random.nextInt(3) == 0
                    ? duplicateOf(goods.get(random.nextInt(goods.size())))
                    : new Input(key, utf8(envelope(n, "")), "application/json", Kind.GOOD, id);
            case 14 -> new Input(key, utf8(envelope(n, ",\"tags\":\"\",\"byline\":\"\",\"dateline\":null")), null,
                    Kind.GOOD, id);
            default -> new Input(id, utf8("Harbour report" + words(n) + "\n\nBy ANI | Updated: January 22, 2022 16:35"
                    + " IST\n\nNEW DELHI [India], January 22 (ANI): Harbour officials said" + words(n)
                    + " on Saturday that the port would reopen."), "text/plain", Kind.GOOD, id);
        };
    }

    private static Input duplicateOf(Input original) {
        return new Input(original.key(), original.value(), original.contentType(), Kind.DUPLICATE, original.id());
    }

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

            Random random = new Random(20261129L);
            List<Input> goods = new ArrayList<>();
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
                Input in = generate(n, random, goods);
                RecordHeaders headers = new RecordHeaders();
                if (in.contentType() != null) {
                    headers.add("content-type", utf8(in.contentType()));
                }
                raw.pipeInput(new TestRecord<>(in.key(), in.value(), headers, time.plusMillis(n)));
                switch (in.kind()) {
                    case GOOD -> {
                        good++;
                        goods.add(in);
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
