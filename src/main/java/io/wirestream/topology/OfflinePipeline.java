package io.wirestream.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.clean.RecurringParagraphs;
import io.wirestream.dedupe.BucketRule;
import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.dedupe.Gather;
import io.wirestream.dedupe.MinHash;
import io.wirestream.dedupe.Seen;
import io.wirestream.dedupe.ZeroPadded;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;

/**
 * The topology's stages in the topology's order, in one thread with in-memory dedupe state and
 * no Kafka: what the {@code enrich} command runs. Dedupe decides items in the order they are given
 * to {@link #finish}; the topology holds them a grace and decides by their own time, so to get its
 * answer, {@link #prepare} a batch and finish it sorted {@link #BY_ITEM_TIME}. Not thread-safe.
 */
public final class OfflinePipeline {

    /** An item parsed, cleaned and fingerprinted, waiting for its dedupe decision. */
    public record Prepared(long sequence, Article article, Seen seen) {
    }

    /** The items' own time (undated items after dated ones, as they came), then the order they came in. */
    public static final Comparator<Prepared> BY_ITEM_TIME =
            Comparator.comparingLong((Prepared p) -> p.seen().eventTime()).thenComparingLong(Prepared::sequence);

    private final Stages stages;
    private final Map<String, List<Seen>> byBucket = new HashMap<>();
    private final RecurringParagraphs recurring = RecurringParagraphs.offline();
    /**
     * The record time an undated item gets: the run's start, then one millisecond per item. The topology gives it
     * the time it was published to Kafka, after any dated copy; the input sequence alone made it 1970, everyone's
     * original.
     */
    private final long start = System.currentTimeMillis();
    private long sequence;

    public OfflinePipeline(Stages stages) {
        this.stages = stages;
    }

    /** Runs one raw item through every stage, deciding it at once. */
    public Article process(String key, byte[] value, String contentType) {
        return finish(prepare(key, value, contentType));
    }

    /**
     * Parses and cleans one raw item, as it comes (a portal's chrome is learned in that order).
     *
     * @throws RuntimeException what the failing stage threw, for unusable input
     */
    public Prepared prepare(String key, byte[] value, String contentType) {
        FeedItem item = stages.parse().parse(key, value, contentType);
        // a paragraph a portal repeats on story after story of this input is its chrome (issue 8)
        Article article = ContentFingerprint.apply(recurring.strip(item, stages.clean().apply(item)));
        String ref = ZeroPadded.append(new StringBuilder(20).append('o'), sequence, 19).toString();
        Prepared prepared = new Prepared(sequence, article, Buckets.seen(article, ref, start + sequence));
        sequence++;
        return prepared;
    }

    /**
     * Decides a prepared item against those finished before it, then runs the later stages.
     *
     * @return the enriched article, or the dropped copy (verdict says which original) when a duplicate
     */
    public Article finish(Prepared prepared) {
        Article article = prepared.article();
        // What the bucket and gather processors do with their stores, with a map that never forgets and no hold.
        Candidate.Match match = null;
        Verdict version = null;
        for (Buckets.Bucketed bucketed : Buckets.of(article, prepared.seen(), MinHash.DEFAULT)) {
            List<Seen> others = List.copyOf(byBucket.getOrDefault(bucketed.key(), List.of()));
            Candidate candidate = bucketed.candidate();
            byBucket.computeIfAbsent(bucketed.key(), k -> new ArrayList<>()).add(candidate.seen());
            Candidate decided = BucketRule.INSTANCE.decide(bucketed.key(), candidate, candidate.seen(), others, 0);
            match = Gather.earliest(match, decided.match());
            version = version != null ? version : decided.version();
        }
        article = Gather.decide(article, match, version, DedupeConfig.NearCopyPolicy.DUPLICATE);
        if (article.verdict().isDuplicate()) {
            return article;
        }
        return stages.classify().apply(stages.entities().apply(stages.tags().apply(article)));
    }
}
