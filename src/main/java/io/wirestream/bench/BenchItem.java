package io.wirestream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One raw item a benchmark publishes to {@code news.raw}.
 *
 * @param key         the record key (the envelope id), or {@code null}
 * @param value       the raw bytes
 * @param contentType the {@code content-type} header
 */
public record BenchItem(String key, byte[] value, String contentType) {

    public static final String JSON = "application/json";

    public BenchItem {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(contentType, "contentType");
    }

    /**
     * {@code items} repeated until there are at least {@code atLeast}: the first round as given, each
     * later round under new keys ({@code key~round}), so the copies spread over the partitions as
     * distinct items would. The bytes are unchanged: for a topology that does not read them.
     */
    public static List<BenchItem> repeated(List<BenchItem> items, int atLeast) {
        if (items.isEmpty() || items.size() >= atLeast) {
            return List.copyOf(items);
        }
        List<BenchItem> out = new ArrayList<>(atLeast + items.size());
        out.addAll(items);
        for (int round = 1; out.size() < atLeast; round++) {
            for (BenchItem item : items) {
                out.add(new BenchItem(item.key() == null ? null : item.key() + "~" + round, item.value(),
                        item.contentType()));
            }
        }
        return List.copyOf(out);
    }

    /** A generated story as published. */
    public static BenchItem of(WireCorpus.Item item) {
        return new BenchItem(item.id(), item.json(), JSON);
    }
}
