package io.wirestream.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic feed of mostly malformed raw items (invalid UTF-8, truncated and deeply nested
 * JSON, oversized, empty and null values, binary, HTML without an article, wrong field types, a
 * top-level array) with every kind of good item among them (dates in 1900 and the future, an HTML
 * article, raw page text, empty optional fields) and exact re-sends of earlier good items: what
 * the fuzz test puts through the topology and what {@code wirestream soak} mixes into its input.
 */
public final class FuzzFeed {

    /** What must become of an item: an article, a duplicate, or a dead letter. */
    public enum Kind { GOOD, DUPLICATE, BAD }

    /**
     * One generated raw item.
     *
     * @param key         the record key, or {@code null}
     * @param value       the raw bytes, or {@code null} (a tombstone-like empty record)
     * @param contentType the {@code content-type} header, or {@code null} to let the stream sniff
     * @param kind        what must become of it
     * @param id          the article id it must come out under, or {@code null} when the stream derives it
     */
    public record Input(String key, byte[] value, String contentType, Kind kind, String id) {
    }

    private final Random random;
    private final int maxItemBytes;
    private final String idPrefix;
    private final int rememberedGoods;
    private final List<Input> goods = new ArrayList<>();
    private long goodCount;
    private int n;

    /**
     * @param random          the source of every choice, so a seed gives the same feed
     * @param maxItemBytes    the stream's item limit; the oversized items are just over it
     * @param idPrefix        prefix of every item id ({@code fz-} gives {@code fz-0}, {@code fz-1}...)
     * @param rememberedGoods how many recent good items a re-send may repeat (bounds memory in a long soak)
     */
    public FuzzFeed(Random random, int maxItemBytes, String idPrefix, int rememberedGoods) {
        this.random = Objects.requireNonNull(random, "random");
        if (maxItemBytes < 1) {
            throw new IllegalArgumentException("maxItemBytes must be >= 1, was " + maxItemBytes);
        }
        if (rememberedGoods < 1) {
            throw new IllegalArgumentException("rememberedGoods must be >= 1, was " + rememberedGoods);
        }
        this.maxItemBytes = maxItemBytes;
        this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
        this.rememberedGoods = rememberedGoods;
    }

    /** The next item of the feed. */
    public Input next() {
        Input in = generate(n++);
        if (in.kind() == Kind.GOOD) {
            if (goods.size() < rememberedGoods) {
                goods.add(in);
            } else {
                goods.set((int) (goodCount % rememberedGoods), in);
            }
            goodCount++;
        }
        return in;
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

    private String envelope(int n, String extra) {
        return "{\"id\":\"" + idPrefix + n + "\",\"headline\":\"Council report" + words(n) + "\",\"body\":\"Officials "
                + "released the report" + words(n) + " on Monday after a long review.\"" + extra + "}";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Input generate(int n) {
        String id = idPrefix + n;
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
            case 3 -> new Input(key, utf8(envelope(n, ",\"pad\":\"" + "x".repeat(maxItemBytes) + "\"")), null,
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
}
