package io.wirestream.topology;

import java.util.ArrayList;
import java.util.List;

import io.wirestream.model.Article;
import io.wirestream.model.Region;

/**
 * The topics one run of the topology writes: the live ones ({@link #LIVE}), or a versioned set
 * beside them ({@code news.enriched.v2}, {@code news.region.europe.v2}, {@code news.duplicates.v2},
 * {@code news.dlq.v2}) that a side-by-side replay fills without touching what consumers read.
 *
 * @param version the suffix after a dot, or {@code null} for the live topics
 */
public record OutputTopics(String version) {

    /** The topics downstream consumers read. */
    public static final OutputTopics LIVE = new OutputTopics(null);

    public OutputTopics {
        // One lower-case segment: the name must stay a legal topic name and read as a version, not a desk.
        if (version != null && !version.matches("[a-z0-9][a-z0-9_-]{0,31}")) {
            throw new IllegalArgumentException("version must be 1 to 32 lower-case letters, digits, '_' or '-', "
                    + "starting with a letter or digit, was '" + version + "'");
        }
    }

    /** Every unique article. */
    public Topic<String, Article> enriched() {
        return of(Topics.ENRICHED);
    }

    /** Dropped copies. */
    public Topic<String, Article> duplicates() {
        return of(Topics.DUPLICATES);
    }

    /** Dead letters. */
    public Topic<byte[], byte[]> dlq() {
        return of(Topics.DLQ);
    }

    /** One desk's articles. */
    public Topic<String, Article> region(Region region) {
        return of(Topics.region(region));
    }

    /** The names of every topic here, desks last. */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of(enriched().name(), duplicates().name(), dlq().name()));
        for (Region region : Region.values()) {
            names.add(region(region).name());
        }
        return List.copyOf(names);
    }

    private <K, V> Topic<K, V> of(Topic<K, V> live) {
        return version == null ? live : live.versioned(version);
    }
}
