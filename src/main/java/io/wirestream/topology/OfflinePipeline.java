package io.wirestream.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.DedupeProcessor;
import io.wirestream.dedupe.ExactMatch;
import io.wirestream.dedupe.FirstSeen;
import io.wirestream.model.Article;

/**
 * The topology's stages in the topology's order, in one thread with in-memory dedupe state and
 * no Kafka: what the {@code enrich} command runs. Not thread-safe.
 */
public final class OfflinePipeline {

    private final Stages stages;
    private final Map<String, List<FirstSeen>> byContent = new HashMap<>();
    private final Map<String, List<FirstSeen>> byId = new HashMap<>();

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
        Article article = ContentFingerprint.apply(stages.clean().apply(stages.parse().parse(key, value, contentType)));
        article = decide(ExactMatch.BY_CONTENT, byContent, article.contentHash(), article);
        if (article.verdict().isDuplicate()) {
            return article;
        }
        article = decide(ExactMatch.BY_ID, byId, article.id(), article);
        if (article.verdict().isDuplicate()) {
            return article;
        }
        return stages.classify().apply(stages.entities().apply(stages.tags().apply(article)));
    }

    /** What {@link DedupeProcessor} does with a window store, with a map that never forgets. */
    private static Article decide(DedupeProcessor.Rule rule, Map<String, List<FirstSeen>> memory, String key,
                                  Article article) {
        List<FirstSeen> seen = memory.getOrDefault(key, List.of());
        Article decided = rule.decide(article, seen);
        FirstSeen remembered = rule.remember(decided, seen);
        if (remembered != null) {
            memory.computeIfAbsent(key, k -> new ArrayList<>()).add(remembered);
        }
        return decided;
    }
}
