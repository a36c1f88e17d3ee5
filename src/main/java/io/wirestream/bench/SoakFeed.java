package io.wirestream.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.serde.Json;

/**
 * The endless, deterministic input of {@code wirestream soak}: in every twenty items, twelve
 * generated wire stories ({@link WireCorpus}, with its re-issues), seven items of the
 * {@link FuzzFeed} (mostly malformed) and one story padded over the item limit.
 *
 * <p>The corpus is generated in chunks of {@value #CHUNK} stories, each from its own seed and with
 * its ids prefixed by the chunk ({@code c3-reuters-2026-01-05-00012}), so a soak of any length
 * never reuses an id for other content (which the stream would take for an update).
 */
public final class SoakFeed {

    static final int CHUNK = 500;
    private static final int REMEMBERED_FUZZ_GOODS = 1000;
    /** Kafka's default largest record (1 MiB) less room for key, headers and batch overhead. */
    public static final int LARGEST_OVERSIZED_ITEM = 1_000_000;

    /** What an item is, and so what must become of it. */
    public enum Kind {
        /** A generated wire story or one of its re-issues: enriched, or a duplicate of an earlier one. */
        STORY("story", true),
        /** A good item of the fuzz feed (odd dates, HTML, raw page text): enriched. */
        FUZZ_GOOD("fuzz-good", true),
        /** A byte-for-byte re-send of an earlier good fuzz item: a duplicate. */
        FUZZ_RESEND("fuzz-resend", true),
        /** A malformed item of the fuzz feed: dead-lettered. */
        MALFORMED("malformed", false),
        /** A story over the item limit: dead-lettered at parse. */
        OVERSIZED("oversized", false);

        private final String slug;
        private final boolean good;

        Kind(String slug, boolean good) {
            this.slug = slug;
            this.good = good;
        }

        public String slug() {
            return slug;
        }

        /** Whether it must come out as an article or a duplicate rather than a dead letter. */
        public boolean good() {
            return good;
        }
    }

    /**
     * One item to publish.
     *
     * @param seq         its place in the feed, from 0
     * @param key         the record key, or {@code null}
     * @param value       the raw bytes, or {@code null}
     * @param contentType the {@code content-type} header, or {@code null}
     * @param kind        what it is
     */
    public record Item(long seq, String key, byte[] value, String contentType, Kind kind) {
    }

    private final long seed;
    private final int maxItemBytes;
    private final FuzzFeed fuzz;
    private final Random random;
    private final Deque<WireCorpus.Item> stories = new ArrayDeque<>();
    private int chunk;
    private long seq;

    /**
     * @param seed         seed of the corpus chunks and of the fuzz feed
     * @param maxItemBytes the stream's item limit, which oversized items exceed
     */
    public SoakFeed(long seed, int maxItemBytes) {
        if (maxItemBytes < 1 || maxItemBytes >= LARGEST_OVERSIZED_ITEM) {
            throw new IllegalArgumentException("maxItemBytes must be within 1.." + (LARGEST_OVERSIZED_ITEM - 1)
                    + " so an oversized item still fits a default Kafka record, was " + maxItemBytes);
        }
        this.seed = seed;
        this.maxItemBytes = maxItemBytes;
        this.random = new Random(seed);
        this.fuzz = new FuzzFeed(new Random(seed + 1), maxItemBytes, "fz-", REMEMBERED_FUZZ_GOODS);
    }

    /** The next item. */
    public Item next() {
        long n = seq++;
        int slot = (int) (n % 20);
        if (slot < 12) {
            WireCorpus.Item story = nextStory();
            return new Item(n, story.id(), story.json(), BenchItem.JSON, Kind.STORY);
        }
        if (slot < 19) {
            FuzzFeed.Input in = fuzz.next();
            Kind kind = switch (in.kind()) {
                case GOOD -> Kind.FUZZ_GOOD;
                case DUPLICATE -> Kind.FUZZ_RESEND;
                case BAD -> Kind.MALFORMED;
            };
            return new Item(n, in.key(), in.value(), in.contentType(), kind);
        }
        return oversized(n, nextStory());
    }

    private WireCorpus.Item nextStory() {
        if (stories.isEmpty()) {
            int c = chunk++;
            for (WireCorpus.Item item : new WireCorpus(seed + c, WireCorpus.DEFAULT_REISSUE_SHARE).generate(CHUNK)) {
                ObjectNode node = tree(item.json());
                String id = "c" + c + "-" + item.id();
                node.put("id", id);
                stories.add(new WireCorpus.Item(id, node.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return stories.removeFirst();
    }

    private static ObjectNode tree(byte[] json) {
        try {
            return (ObjectNode) Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a generated story is not JSON", e);
        }
    }

    /** The story with its body padded to between one and one and a half limits (under 1 MB). */
    private Item oversized(long n, WireCorpus.Item story) {
        ObjectNode node = tree(story.json());
        String id = node.get("id").asText() + "-oversized";
        node.put("id", id);
        int target = Math.min(LARGEST_OVERSIZED_ITEM, maxItemBytes + 1 + random.nextInt(Math.max(1, maxItemBytes / 2)));
        String body = node.get("body").asText();
        StringBuilder padded = new StringBuilder(target).append(body);
        while (padded.length() < target) {
            padded.append("\n\n").append(body);
        }
        node.put("body", padded.substring(0, target));
        return new Item(n, id, node.toString().getBytes(StandardCharsets.UTF_8), BenchItem.JSON, Kind.OVERSIZED);
    }
}
