package io.wirestream.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Region;
import org.apache.kafka.clients.admin.NewTopic;

/** The topics Wirestream reads and writes, and how they are created; {@code topics.md} documents them. */
public final class Topics {

    /** Raw agency items: key = item id (or null), value = JSON envelope or scraped text, UTF-8. */
    public static final String RAW = "news.raw";
    /** Every unique article, enriched, as ninjs JSON; updates of an id come with a higher version. */
    public static final String ENRICHED = "news.enriched";
    /** Dropped copies, each naming the original it repeats. */
    public static final String DUPLICATES = "news.duplicates";
    /** Input no stage could process: original bytes, reason and source in headers. */
    public static final String DLQ = "news.dlq";

    private static final String REGION_PREFIX = "news.region.";
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private Topics() {
    }

    /** The output topic of one desk ({@code news.region.europe}). */
    public static String region(Region region) {
        return REGION_PREFIX + region.slug();
    }

    /** Every topic Wirestream needs, with {@code partitions} partitions each (DLQ: one). */
    public static List<NewTopic> all(int partitions, short replicationFactor) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        List<NewTopic> topics = new ArrayList<>();
        topics.add(topic(RAW, partitions, replicationFactor, 7));
        topics.add(topic(ENRICHED, partitions, replicationFactor, 30));
        topics.add(topic(DUPLICATES, partitions, replicationFactor, 7));
        // One partition keeps dead letters in arrival order for whoever triages them.
        topics.add(topic(DLQ, 1, replicationFactor, 30));
        for (Region region : Region.values()) {
            topics.add(topic(region(region), partitions, replicationFactor, 30));
        }
        return List.copyOf(topics);
    }

    /** The names of every topic in {@link #all}. */
    public static List<String> names() {
        return all(1, (short) 1).stream().map(NewTopic::name).toList();
    }

    private static NewTopic topic(String name, int partitions, short replicationFactor, int retentionDays) {
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of("cleanup.policy", "delete",
                        "retention.ms", String.valueOf(retentionDays * DAY_MS)));
    }
}
