package io.wirestream.topology;

import java.time.Duration;
import java.util.List;

import io.wirestream.clean.ParagraphMemory;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.dedupe.DedupeProcessor;
import io.wirestream.dedupe.ExactMatch;
import io.wirestream.dedupe.Gather;
import io.wirestream.dedupe.MinHash;
import io.wirestream.dedupe.NearMatch;
import io.wirestream.dedupe.Seen;
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
    public static final String CLEAN_RECURRING = "clean-recurring";
    public static final String FINGERPRINT = "fingerprint";
    public static final String FAN_OUT_BUCKETS = "fan-out-buckets";
    public static final String DEDUPE_BUCKET = "dedupe-bucket";
    public static final String DEDUPE_GATHER = "dedupe-gather";
    public static final String DEDUPE_ID = "dedupe-id";
    public static final String EXTRACT_TAGS = "extract-tags";
    public static final String EXTRACT_ENTITIES = "extract-entities";
    public static final String CLASSIFY = "classify";

    /** Source and paragraph fingerprint → the stories that carried it (issue 8's chrome learned from the feed). */
    public static final String RECURRING_STORE = "clean-recurring-store";
    /** Bucket key → every article that fell in it; windowed so entries expire by stream time. */
    public static final String BUCKET_STORE = "dedupe-bucket-store";
    /** Bucket records held for the grace before their decision. */
    public static final String BUCKET_HOLD = "dedupe-bucket-hold";
    /** Input record → the bucket decisions gathered so far for its article. */
    public static final String GATHER_STORE = "dedupe-gather-store";
    /** Article id → every version seen; windowed so entries expire by stream time. */
    public static final String ID_STORE = "dedupe-id-store";
    /** Versions held for the grace before their decision. */
    public static final String ID_HOLD = "dedupe-id-hold";
    /** Internal topics become {@code <application.id>-<name>-repartition}. */
    public static final String BUCKET_REPARTITION = "dedupe-by-bucket";
    public static final String ID_REPARTITION = "dedupe-by-id";

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<Article> INTERNAL = JsonSerde.of(Article.class);
    private static final Serde<Seen> SEEN = JsonSerde.of(Seen.class);
    private static final Serde<Candidate> CANDIDATE = JsonSerde.of(Candidate.class);
    private static final Serde<ParagraphMemory.Sighting> SIGHTING = JsonSerde.of(ParagraphMemory.Sighting.class);

    private WirestreamTopology() {
    }

    /** Builds the topology with the default chrome-learning threshold and horizon. */
    public static Topology build(Stages stages, DedupeConfig dedupe) {
        return build(stages, dedupe, RecurringConfig.defaults());
    }

    /**
     * Builds the topology.
     *
     * @param stages         the text stages
     * @param dedupe         horizon, grace and near-copy policy of the dedupe stage
     * @param recurring      when a paragraph recurring in a source's stories is its chrome
     */
    public static Topology build(Stages stages, DedupeConfig dedupe, RecurringConfig recurring) {
        Duration dedupeHorizon = dedupe.horizon();
        StreamsBuilder builder = new StreamsBuilder();
        // One entry per source and short paragraph, swept a horizon after it was last seen; cached so a
        // chrome line every item touches is written to the changelog once a commit, not once an item.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(RECURRING_STORE), KEYS, SIGHTING).withCachingEnabled());
        // Windowed stores keeping every entry of a key: retention is the horizon, so state stays bounded.
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BUCKET_STORE, dedupeHorizon, dedupeHorizon, true), KEYS, SEEN));
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ID_STORE, dedupeHorizon, dedupeHorizon, true), KEYS, SEEN));
        // Hold and gather stores: an entry lives a grace or until its article's last bucket answers.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKET_HOLD), KEYS, CANDIDATE));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(GATHER_STORE), KEYS, CANDIDATE));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(ID_HOLD), KEYS, CANDIDATE));

        // Values stay bytes until our own parse stage, so a bad item is dead-lettered untouched.
        KStream<String, byte[]> raw = builder.stream(Topics.RAW.name(), Topics.RAW.consumed("read-raw"));

        // Parse needs the content-type header, hence a processor rather than mapValues.
        KStream<String, FeedItem> items = raw.processValues(() -> new ParseProcessor(stages.parse()), Named.as(PARSE));

        // Clean before fingerprinting: two portals' copies of one story then hash alike.
        // No repartition by source: each task learns its own share of a source's chrome (README, Cleaning).
        KStream<String, Article> fingerprinted = items
                .mapValues(item -> stages.clean().apply(item), Named.as(CLEAN))
                .processValues(() -> new RecurringChromeProcessor(RECURRING_STORE, recurring),
                        Named.as(CLEAN_RECURRING), RECURRING_STORE)
                .mapValues(ContentFingerprint::apply, Named.as(FINGERPRINT));

        // One record per candidate bucket (exact content, each MinHash band), keyed by the bucket.
        KStream<String, Candidate> buckets = fingerprinted
                .process(() -> new Buckets(MinHash.DEFAULT), Named.as(FAN_OUT_BUCKETS));

        // Repartition by bucket: every article that could match lands on the bucket's one task.
        KStream<String, Candidate> bucketAnswers = buckets
                .repartition(Repartitioned.<String, Candidate>as(BUCKET_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(CANDIDATE))
                .process(() -> new DedupeProcessor(BUCKET_STORE, BUCKET_HOLD, dedupe, new NearMatch()),
                        Named.as(DEDUPE_BUCKET), BUCKET_STORE, BUCKET_HOLD);

        // Re-key by id and repartition: an article's bucket answers, and every version of it, meet on one task.
        KStream<String, Candidate> gathered = bucketAnswers
                .selectKey((key, candidate) -> candidate.id(), Named.as("key-by-id"))
                .repartition(Repartitioned.<String, Candidate>as(ID_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(CANDIDATE))
                .process(() -> new Gather(GATHER_STORE, dedupe), Named.as(DEDUPE_GATHER), GATHER_STORE);

        // Copies leave before the id stage, so a dropped copy never counts as a version.
        KStream<String, Article> byId = dropDuplicates(gathered, "bucket")
                .process(() -> new DedupeProcessor(ID_STORE, ID_HOLD, dedupe, ExactMatch.BY_ID),
                        Named.as(DEDUPE_ID), ID_STORE, ID_HOLD)
                .mapValues(Candidate::article, Named.as("unwrap-article"));

        // Only unique articles pay for extraction: duplicates have left by now.
        KStream<String, Article> enriched = dropArticleDuplicates(byId, "id")
                .mapValues(article -> stages.tags().apply(article), Named.as(EXTRACT_TAGS))
                .mapValues(article -> stages.entities().apply(article), Named.as(EXTRACT_ENTITIES))
                .mapValues(article -> stages.classify().apply(article), Named.as(CLASSIFY));

        enriched.to(Topics.ENRICHED.name(), Topics.ENRICHED.produced("write-enriched"));
        route(enriched);
        return builder.build();
    }

    /** Sends duplicates to the audit topic keyed by their own id; returns the rest. */
    private static KStream<String, Candidate> dropDuplicates(KStream<String, Candidate> decided, String by) {
        var branches = decided.split(Named.as("by-" + by + "-"))
                .branch((key, candidate) -> candidate.article().verdict().isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        toDuplicates(branches.get("by-" + by + "-duplicate").mapValues(Candidate::article,
                Named.as("unwrap-duplicate-by-" + by)), by);
        return branches.get("by-" + by + "-unique");
    }

    /** The same for articles, after the id stage. */
    private static KStream<String, Article> dropArticleDuplicates(KStream<String, Article> decided, String by) {
        var branches = decided.split(Named.as("by-" + by + "-"))
                .branch((key, article) -> article.verdict().isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        toDuplicates(branches.get("by-" + by + "-duplicate"), by);
        return branches.get("by-" + by + "-unique");
    }

    private static void toDuplicates(KStream<String, Article> duplicates, String by) {
        duplicates.selectKey((key, article) -> article.id(), Named.as("key-duplicate-by-" + by))
                .to(Topics.DUPLICATES.name(), Topics.DUPLICATES.produced("write-duplicates-by-" + by));
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
