package io.wirestream.dedupe;

import java.util.List;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;

/**
 * The id rule: versions of one id are ordered by the item's own time (updated, else published),
 * then by their text's fingerprint, never by arrival; the same text twice is an ID duplicate, an
 * older text than one already known is SUPERSEDED, a newer one an UPDATE.
 */
public final class ExactMatch implements DedupeProcessor.Rule {

    public static final ExactMatch BY_ID = new ExactMatch();

    private ExactMatch() {
    }

    @Override
    public Candidate decide(Candidate candidate, Seen self, List<Seen> others, long grace) {
        Article article = candidate.article();
        return candidate.withArticle(byId(article, self, others, grace));
    }

    /**
     * Decides one version of an id against every other version remembered of it.
     *
     * @return the article unchanged (first text of the id), an ID duplicate, SUPERSEDED, or an UPDATE
     *         whose version is one more than the number of older texts
     */
    public static Article byId(Article article, Seen self, List<Seen> others, long grace) {
        java.util.Set<String> olderTexts = new java.util.HashSet<>();
        Seen newest = null;
        for (Seen other : others) {
            if (other.versionHash().equals(self.versionHash())) {
                if (other.isBefore(self)) {
                    return article.withVerdict(new Verdict(Verdict.Kind.ID, article.id(), 1.0, "id", 0, false),
                            article.version());
                }
            } else if (newerText(other, self)) {
                if (newest == null || newerText(other, newest)) {
                    newest = other;
                }
            } else {
                olderTexts.add(other.versionHash());
            }
        }
        if (newest != null) {
            boolean late = newest.arrival() + grace < self.arrival();
            return article.withVerdict(new Verdict(Verdict.Kind.SUPERSEDED, article.id(), 1.0, "event-time", 0, late),
                    article.version());
        }
        if (olderTexts.isEmpty()) {
            return article;
        }
        int version = olderTexts.size() + 1;
        return article.withVerdict(new Verdict(Verdict.Kind.UPDATE, article.id(), 1.0, "id", version - 1,
                article.verdict() != null && article.verdict().late()), version);
    }

    /** Newer by the item's own time, then by text fingerprint for ties. */
    private static boolean newerText(Seen a, Seen b) {
        return a.eventTime() != b.eventTime() ? a.eventTime() > b.eventTime()
                : a.versionHash().compareTo(b.versionHash()) > 0;
    }
}
