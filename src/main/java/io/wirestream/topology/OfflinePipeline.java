package io.wirestream.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.clean.RecurringParagraphs;
import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeProcessor;
import io.wirestream.dedupe.ExactMatch;
import io.wirestream.dedupe.Gather;
import io.wirestream.dedupe.MinHash;
import io.wirestream.dedupe.NearMatch;
import io.wirestream.dedupe.Seen;
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
    private final Map<String, List<Seen>> byId = new HashMap<>();
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
        Seen seen = Buckets.seen(article, String.format("o%019d", sequence), sequence);
        sequence++;
        Candidate.Match match = null;
        List<String> keys = Buckets.keys(article.contentHash(), seen.shingles(), MinHash.DEFAULT);
        for (int i = 0; i < keys.size(); i++) {
            Candidate candidate = new Candidate(i == 0 ? seen.withoutShingles() : seen, keys.size(),
                    i == 0 ? article : null, null, null);
            Candidate decided = decide(new NearMatch(), byBucket, keys.get(i), candidate);
            match = Gather.earliest(match, decided.match());
        }
        article = article.withVerdict(match == null ? new Verdict(Verdict.Kind.NEW, article.id(), 1.0)
                : match.verdict(), article.version());
        if (article.verdict().isDuplicate()) {
            return article;
        }
        article = decide(ExactMatch.BY_ID, byId, article.id(),
                new Candidate(seen.withoutShingles(), 1, article, null, null)).article();
        if (article.verdict().isDuplicate()) {
            return article;
        }
        return stages.classify().apply(stages.entities().apply(stages.tags().apply(article)));
    }

    /** What {@link DedupeProcessor} does with its stores, with a map that never forgets and no hold. */
    private static Candidate decide(DedupeProcessor.Rule rule, Map<String, List<Seen>> memory, String key,
                                    Candidate candidate) {
        List<Seen> others = List.copyOf(memory.getOrDefault(key, List.of()));
        memory.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate.seen());
        return rule.decide(candidate, candidate.seen(), others, 0);
    }
}
