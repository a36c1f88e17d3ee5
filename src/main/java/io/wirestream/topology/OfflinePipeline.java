package io.wirestream.topology;

import java.util.ArrayList;
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
 * no Kafka: what the {@code enrich} command runs. Items are decided as they come (no grace), so
 * give them in the order of their own time to get the topology's answer. Not thread-safe.
 */
public final class OfflinePipeline {

    private final Stages stages;
    private final Map<String, List<Seen>> byBucket = new HashMap<>();
    private final RecurringParagraphs recurring = RecurringParagraphs.offline();
    private long sequence;

    public OfflinePipeline(Stages stages) {
        this.stages = stages;
    }

    /**
     * Runs one raw item through every stage.
     *
     * @return the enriched article, or the dropped copy (verdict says which original) when a duplicate
     * @throws RuntimeException what the failing stage threw, for unusable input
     */
    public Article process(String key, byte[] value, String contentType) {
        FeedItem item = stages.parse().parse(key, value, contentType);
        // a paragraph a portal repeats on story after story of this input is its chrome (issue 8)
        Article article = ContentFingerprint.apply(recurring.strip(item, stages.clean().apply(item)));
        String ref = ZeroPadded.append(new StringBuilder(20).append('o'), sequence, 19).toString();
        Seen seen = Buckets.seen(article, ref, sequence);
        sequence++;
        // What the bucket and gather processors do with their stores, with a map that never forgets and no hold.
        Candidate.Match match = null;
        Verdict version = null;
        for (Buckets.Bucketed bucketed : Buckets.of(article, seen, MinHash.DEFAULT)) {
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
