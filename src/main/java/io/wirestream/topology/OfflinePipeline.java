package io.wirestream.topology;

import java.util.HashMap;
import java.util.Map;

import io.wirestream.clean.RecurringParagraphs;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.ExactMatch;
import io.wirestream.dedupe.FirstSeen;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;

/**
 * The topology's stages in the topology's order, in one thread with in-memory dedupe state and
 * no Kafka: what the {@code enrich} command runs. Not thread-safe.
 */
public final class OfflinePipeline {

    private final Stages stages;
    private final Map<String, FirstSeen> byContent = new HashMap<>();
    private final Map<String, FirstSeen> byId = new HashMap<>();
    private final RecurringParagraphs recurring = RecurringParagraphs.offline();

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
        article = ExactMatch.byContent(article, byContent.get(article.contentHash()));
        if (article.verdict().isDuplicate()) {
            return article;
        }
        byContent.putIfAbsent(article.contentHash(), ExactMatch.bodyOf(article));
        article = ExactMatch.byId(article, byId.get(article.id()));
        if (article.verdict().isDuplicate()) {
            return article;
        }
        byId.put(article.id(), ExactMatch.versionOf(article));
        return stages.classify().apply(stages.entities().apply(stages.tags().apply(article)));
    }
}
