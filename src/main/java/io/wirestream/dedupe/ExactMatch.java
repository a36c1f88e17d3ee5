package io.wirestream.dedupe;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;

/**
 * The exact-dedupe rules, apart from where state lives, so the stream processors and the
 * offline {@code enrich} command decide alike.
 */
public final class ExactMatch {

    private ExactMatch() {
    }

    /**
     * Decides an article against the first article seen with the same content hash.
     *
     * @param seen the first article seen with this content, or {@code null} if none
     * @return the article with a NEW verdict, or an ID / CONTENT duplicate verdict naming {@code seen}
     */
    public static Article byContent(Article article, FirstSeen seen) {
        if (seen == null) {
            return article.withVerdict(new Verdict(Verdict.Kind.NEW, article.id(), 1.0), article.version());
        }
        Verdict.Kind kind = seen.id().equals(article.id()) ? Verdict.Kind.ID : Verdict.Kind.CONTENT;
        return article.withVerdict(new Verdict(kind, seen.id(), 1.0), article.version());
    }

    /**
     * Decides an article whose content is new against the latest version seen of its id.
     *
     * @param latest the latest version of this id, or {@code null} if the id is new
     * @return the article unchanged (new id), an UPDATE with the next version, or an ID duplicate
     */
    public static Article byId(Article article, FirstSeen latest) {
        if (latest == null) {
            return article;
        }
        if (latest.contentHash().equals(article.contentHash())) {
            return article.withVerdict(new Verdict(Verdict.Kind.ID, latest.id(), 1.0), latest.version());
        }
        return article.withVerdict(new Verdict(Verdict.Kind.UPDATE, latest.id(), 1.0), latest.version() + 1);
    }
}
