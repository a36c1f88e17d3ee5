package io.wirestream.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.Region;
import io.wirestream.serde.ArticleSerde;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topics Wirestream reads and writes, each with its serdes, and how they are created;
 * {@code topics.md} documents them.
 */
public final class Topics {

    private static final Serde<String> KEYS = Serdes.String();
    /** Bounded: an article too large for the topic is dead-lettered before the producer sees it. */
    private static final Serde<Article> ARTICLES = new BoundedSerde<>(new ArticleSerde(), BoundedSerde.MAX_VALUE_BYTES);

    /** Raw agency items: key = item id (or null), value = JSON envelope or scraped text, UTF-8. */
    public static final Topic<String, byte[]> RAW = new Topic<>("news.raw", KEYS, Serdes.ByteArray());
    /** Every unique article, enriched, as ninjs JSON; updates of an id come with a higher version. */
    public static final Topic<String, Article> ENRICHED = new Topic<>("news.enriched", KEYS, ARTICLES);
    /** Dropped copies, each naming the original it repeats. */
    public static final Topic<String, Article> DUPLICATES = new Topic<>("news.duplicates", KEYS, ARTICLES);
    /** Input no stage could process: the failing stage's input bytes, reason and source in headers. */
    public static final Topic<byte[], byte[]> DLQ = new Topic<>("news.dlq", Serdes.ByteArray(), Serdes.ByteArray());

    private static final String REGION_PREFIX = "news.region.";
    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    private Topics() {
    }

    /** The output topic of one desk ({@code news.region.europe}). */
    public static Topic<String, Article> region(Region region) {
        return new Topic<>(REGION_PREFIX + region.slug(), KEYS, ARTICLES);
    }

    /** Every topic Wirestream needs, with {@code partitions} partitions each (DLQ: one). */
    public static List<NewTopic> all(int partitions, short replicationFactor) {
        return all(partitions, replicationFactor, OutputTopics.LIVE);
    }

    /** {@code news.raw} and the given output topics, created alike. */
    public static List<NewTopic> all(int partitions, short replicationFactor, OutputTopics outputs) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, was " + partitions);
        }
        List<NewTopic> topics = new ArrayList<>();
        topics.add(topic(RAW.name(), partitions, replicationFactor, 7));
        topics.add(topic(outputs.enriched().name(), partitions, replicationFactor, 30));
        topics.add(topic(outputs.duplicates().name(), partitions, replicationFactor, 7));
        // One partition keeps dead letters in arrival order for whoever triages them.
        topics.add(topic(outputs.dlq().name(), 1, replicationFactor, 30));
        for (Region region : Region.values()) {
            topics.add(topic(outputs.region(region).name(), partitions, replicationFactor, 30));
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
