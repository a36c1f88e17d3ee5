package io.wirestream.bench;

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

    /** A generated story as published. */
    public static BenchItem of(WireCorpus.Item item) {
        return new BenchItem(item.id(), item.json(), JSON);
    }
}
