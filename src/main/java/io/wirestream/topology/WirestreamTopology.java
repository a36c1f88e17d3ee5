package io.wirestream.topology;

import java.time.Duration;
import java.util.List;

import io.wirestream.clean.ParagraphMemory;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.dedupe.BucketRule;
import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.dedupe.DedupeProcessor;
import io.wirestream.dedupe.Gather;
import io.wirestream.dedupe.MinHash;
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
    public static final String EXTRACT_TAGS = "extract-tags";
    public static final String EXTRACT_ENTITIES = "extract-entities";
    public static final String CLASSIFY = "classify";

    /** Source and paragraph fingerprint → the stories that carried it (issue 8's chrome learned from the feed). */
    public static final String RECURRING_STORE = "clean-recurring-store";
    /** Bucket key (content, id or band) → every article that fell in it; windowed so entries expire by stream time. */
    public static final String BUCKET_STORE = "dedupe-bucket-store";
    /** Bucket records held for the grace before their decision. */
    public static final String BUCKET_HOLD = "dedupe-bucket-hold";
    /** Input record → the bucket decisions gathered so far for its article, and the article. */
    public static final String GATHER_STORE = "dedupe-gather-store";
    /** Internal topics become {@code <application.id>-<name>-repartition}. */
    public static final String BUCKET_REPARTITION = "dedupe-by-bucket";
    public static final String ID_REPARTITION = "dedupe-by-id";

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<Seen> SEEN = DedupeSerdes.seen();
    private static final Serde<Candidate> CANDIDATE = DedupeSerdes.candidate(JsonSerde.of(Article.class));
    private static final Serde<ParagraphMemory.Sighting> SIGHTING = JsonSerde.of(ParagraphMemory.Sighting.class);

    private WirestreamTopology() {
    }

    /** Builds the live topology with the default chrome-learning threshold and horizon. */
    public static Topology build(Stages stages, DedupeConfig dedupe) {
        return build(stages, dedupe, RecurringConfig.defaults(), OutputTopics.LIVE);
    }

    /**
     * Builds the topology.
     *
     * @param stages    the text stages
     * @param dedupe    horizon, grace and near-copy policy of the dedupe stage
     * @param recurring when a paragraph recurring in a source's stories is its chrome
     * @param outputs   the live topics, or a side-by-side replay's versioned ones; processor, store and
     *                  internal topic names do not change with them (the application id keeps runs apart)
     */
    public static Topology build(Stages stages, DedupeConfig dedupe, RecurringConfig recurring, OutputTopics outputs) {
        Duration dedupeHorizon = dedupe.horizon();
        StreamsBuilder builder = new StreamsBuilder();
        // One entry per source and short paragraph, swept a horizon after it was last seen; cached so a
        // chrome line every item touches is written to the changelog once a commit, not once an item.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(RECURRING_STORE), KEYS, SIGHTING).withCachingEnabled());
        // Windowed stores keeping every entry of a key: retention is the horizon, so state stays bounded.
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(BUCKET_STORE, dedupeHorizon, dedupeHorizon, true), KEYS, SEEN));
        // Hold and gather stores: an entry lives a grace or until its article's last bucket answers. Cached, so
        // an entry written and deleted within one commit interval never reaches RocksDB or the changelog.
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(BUCKET_HOLD), KEYS, CANDIDATE).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(GATHER_STORE), KEYS, CANDIDATE).withCachingEnabled());

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

        // One record per candidate bucket (exact content, id, each MinHash band), keyed by the bucket.
        KStream<String, Candidate> buckets = fingerprinted
                .process(() -> new Buckets(MinHash.DEFAULT), Named.as(FAN_OUT_BUCKETS));

        // Repartition by bucket: every article that could match, and every text of an id, lands on the bucket's
        // one task, where the one grace hold of the stage orders them by their own time.
        KStream<String, Candidate> bucketAnswers = buckets
                .repartition(Repartitioned.<String, Candidate>as(BUCKET_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(CANDIDATE))
                .process(() -> new DedupeProcessor(BUCKET_STORE, BUCKET_HOLD, dedupe, BucketRule.INSTANCE),
                        Named.as(DEDUPE_BUCKET), BUCKET_STORE, BUCKET_HOLD);

        // Re-key by id and repartition: an article's bucket answers meet on one task, which gives its one verdict.
        KStream<String, Article> decided = bucketAnswers
                .selectKey((key, candidate) -> candidate.id(), Named.as("key-by-id"))
                .repartition(Repartitioned.<String, Candidate>as(ID_REPARTITION).withKeySerde(KEYS)
                        .withValueSerde(CANDIDATE))
                .process(() -> new Gather(GATHER_STORE, dedupe), Named.as(DEDUPE_GATHER), GATHER_STORE)
                .mapValues(Candidate::article, Named.as("unwrap-article"));

        // Only unique articles pay for extraction: duplicates have left by now.
        KStream<String, Article> enriched = dropDuplicates(decided, outputs, stages)
                .mapValues(article -> stages.tags().apply(article), Named.as(EXTRACT_TAGS))
                .mapValues(article -> stages.entities().apply(article), Named.as(EXTRACT_ENTITIES))
                .mapValues(article -> stages.classify().apply(article), Named.as(CLASSIFY));

        enriched.to(outputs.enriched().name(), outputs.enriched().produced("write-enriched"));
        route(enriched, outputs);
        return builder.build();
    }

    /** Sends duplicates to the audit topic (keyed by their own id already); returns the rest. */
    private static KStream<String, Article> dropDuplicates(KStream<String, Article> decided, OutputTopics outputs,
                                                           Stages stages) {
        var branches = decided.split(Named.as("verdict-"))
                .branch((key, article) -> article.verdict().isDuplicate(), Branched.as("duplicate"))
                .defaultBranch(Branched.as("unique"));
        // Duplicates skip every later stage: this is the one place that sees each of them (the metrics count here).
        branches.get("verdict-duplicate")
                .mapValues(article -> stages.duplicate().apply(article), Named.as("see-duplicate"))
                .to(outputs.duplicates().name(), outputs.duplicates().produced("write-duplicates"));
        return branches.get("verdict-unique");
    }

    /** One copy per desk the article belongs to, then one branch (and topic) per desk. */
    private static void route(KStream<String, Article> enriched, OutputTopics outputs) {
        BranchedKStream<String, DeskCopy> desks = enriched
                .flatMapValues(article -> DeskCopy.of(article), Named.as("fan-out-desks"))
                .split(Named.as("route-"));
        for (Region region : Region.values()) {
            if (region != Region.UNKNOWN) {
                desks = desks.branch((key, copy) -> copy.desk() == region,
                        Branched.withConsumer(s -> toDesk(s, region, outputs), region.slug()));
            }
        }
        desks.defaultBranch(Branched.withConsumer(s -> toDesk(s, Region.UNKNOWN, outputs), Region.UNKNOWN.slug()));
    }

    private static void toDesk(KStream<String, DeskCopy> copies, Region region, OutputTopics outputs) {
        copies.mapValues(DeskCopy::article, Named.as("unwrap-" + region.slug()))
                .to(outputs.region(region).name(), outputs.region(region).produced("write-" + region.slug()));
    }

    /** An article on its way to one desk. */
    private record DeskCopy(Region desk, Article article) {
        static List<DeskCopy> of(Article article) {
            List<Region> desks = article.regions() == null ? List.of(Region.UNKNOWN) : article.regions().desks();
            return desks.stream().map(d -> new DeskCopy(d, article)).toList();
        }
    }
}
