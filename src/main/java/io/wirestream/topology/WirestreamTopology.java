package io.wirestream.topology;

import java.time.Duration;
import java.util.List;

import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.dedupe.DedupeProcessor;
import io.wirestream.dedupe.ExactMatch;
import io.wirestream.dedupe.FirstSeen;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Region;
import io.wirestream.serde.JsonSerde;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The one place the text stages meet the Kafka Streams DSL:
 * {@code news.raw → parse → clean → fingerprint → dedupe → extract → classify → route}.
 *
 * <p>Every processor, store and internal topic is named; {@code WirestreamTopologyTest} pins the
 * names, because renaming a store or repartition topic silently loses state in production.
 */
public final class WirestreamTopology {

    public static final String PARSE = "parse";
    public static final String CLEAN = "clean";
    public static final String FINGERPRINT = "fingerprint";
    public static final String DEDUPE_CONTENT = "dedupe-content";
    public static final String DEDUPE_ID = "dedupe-id";
    public static final String EXTRACT_TAGS = "extract-tags";
    public static final String EXTRACT_ENTITIES = "extract-entities";
    public static final String CLASSIFY = "classify";

    /** Content hash → first article seen with it; windowed so entries expire by stream time. */
    public static final String CONTENT_STORE = "dedupe-content-store";
    /** Article id → latest version seen; windowed so entries expire by stream time. */
    public static final String ID_STORE = "dedupe-id-store";
    /** Internal topics become {@code <application.id>-<name>-repartition}. */
    public static final String CONTENT_REPARTITION = "dedupe-by-content";
    public static final String ID_REPARTITION = "dedupe-by-id";

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<Article> INTERNAL = JsonSerde.of(Article.class);
    private static final Serde<FirstSeen> SEEN = JsonSerde.of(FirstSeen.class);

    private WirestreamTopology() {
    }

    /**
     * Builds the topology.
     *
     * @param stages         the text stages
     * @param dedupe         how long, in stream time, an article is remembered for dedupe
     */
    public static Topology build(Stages stages, DedupeConfig dedupe) {
        Duration dedupeHorizon = dedupe.horizon();
        StreamsBuilder builder = new StreamsBuilder();
        // Windowed stores: retention is the horizon, so state stays bounded and is changelogged.
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(CONTENT_STORE, dedupeHorizon, dedupeHorizon, false), KEYS, SEEN));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ID_STORE, dedupeHorizon, dedupeHorizon, false), KEYS, SEEN));

        // Values stay bytes until our own parse stage, so a bad item is dead-lettered untouched.
        KStream<String, byte[]> raw = builder.stream(Topics.RAW.name(), Topics.RAW.consumed("read-raw"));

        // Parse needs the content-type header, hence a processor rather than mapValues.
        KStream<String, FeedItem> items = raw.processValues(() -> new ParseProcessor(stages.parse()), Named.as(PARSE));

        // Clean before fingerprinting: two portals' copies of one story then hash alike.
        KStream<String, Article> fingerprinted = items
                .mapValues(item -> stages.clean().apply(item), Named.as(CLEAN))
                .mapValues(ContentFingerprint::apply, Named.as(FINGERPRINT));

        // Re-key by content hash and repartition: every copy of a text meets on one task.
        KStream<String, Article> byContent = fingerprinted
                .selectKey((key, article) -> article.contentHash(), Named.as("key-by-content"))
                .repartition(Repartitioned.<String, Article>as(CONTENT_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(INTERNAL))
                .processValues(() -> new DedupeProcessor(CONTENT_STORE, dedupe, ExactMatch.BY_CONTENT),
                        Named.as(DEDUPE_CONTENT), CONTENT_STORE);

        // Re-key by id and repartition: versions of one id meet on one task, whatever key it came with.
        KStream<String, Article> byId = dropDuplicates(byContent, "content")
                .selectKey((key, article) -> article.id(), Named.as("key-by-id"))
                .repartition(Repartitioned.<String, Article>as(ID_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(INTERNAL))
                .processValues(() -> new DedupeProcessor(ID_STORE, dedupe, ExactMatch.BY_ID),
                        Named.as(DEDUPE_ID), ID_STORE);

        // Only unique articles pay for extraction: duplicates have left by now.
        KStream<String, Article> enriched = dropDuplicates(byId, "id")
                .mapValues(article -> stages.tags().apply(article), Named.as(EXTRACT_TAGS))
                .mapValues(article -> stages.entities().apply(article), Named.as(EXTRACT_ENTITIES))
                .mapValues(article -> stages.classify().apply(article), Named.as(CLASSIFY));

        enriched.to(Topics.ENRICHED.name(), Topics.ENRICHED.produced("write-enriched"));
        route(enriched);
        return builder.build();
    }

    /** Sends duplicates to the audit topic keyed by their own id; returns the rest. */
    private static KStream<String, Article> dropDuplicates(KStream<String, Article> decided, String by) {
        var branches = decided.split(Named.as("by-" + by + "-"))
                .branch((key, article) -> article.verdict().isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        branches.get("by-" + by + "-duplicate")
                .selectKey((key, article) -> article.id(), Named.as("key-duplicate-by-" + by))
                .to(Topics.DUPLICATES.name(), Topics.DUPLICATES.produced("write-duplicates-by-" + by));
        return branches.get("by-" + by + "-unique");
    }

    /** One copy per desk the article belongs to, then one branch (and topic) per desk. */
    private static void route(KStream<String, Article> enriched) {
        BranchedKStream<String, DeskCopy> desks = enriched
                .flatMapValues(article -> DeskCopy.of(article), Named.as("fan-out-desks"))
                .split(Named.as("route-"));
        for (Region region : Region.values()) {
            if (region != Region.UNKNOWN) {
                desks = desks.branch((key, copy) -> copy.desk() == region,
                        Branched.withConsumer(s -> toDesk(s, region), region.slug()));
            }
        }
        desks.defaultBranch(Branched.withConsumer(s -> toDesk(s, Region.UNKNOWN), Region.UNKNOWN.slug()));
    }

    private static void toDesk(KStream<String, DeskCopy> copies, Region region) {
        copies.mapValues(DeskCopy::article, Named.as("unwrap-" + region.slug()))
                .to(Topics.region(region).name(), Topics.region(region).produced("write-" + region.slug()));
    }

    /** An article on its way to one desk. */
    private record DeskCopy(Region desk, Article article) {
        static List<DeskCopy> of(Article article) {
            List<Region> desks = article.regions() == null ? List.of(Region.UNKNOWN) : article.regions().desks();
            return desks.stream().map(d -> new DeskCopy(d, article)).toList();
        }
    }
}
