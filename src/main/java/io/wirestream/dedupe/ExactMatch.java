package io.wirestream.dedupe;

import java.util.Comparator;
import java.util.List;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;

/**
 * The exact-dedupe rules, apart from where state lives, so the stream processors and the
 * offline {@code enrich} command decide alike.
 */
public final class ExactMatch {

    /** Keyed by content hash: a body another id published first makes a CONTENT duplicate. */
    public static final DedupeProcessor.Rule BY_CONTENT = new DedupeProcessor.Rule() {
        @Override
        public Article decide(Article article, List<FirstSeen> seen) {
            return byContent(article, seen.isEmpty() ? null : seen.get(0));
        }

        @Override
        public FirstSeen remember(Article decided, List<FirstSeen> seen) {
            return seen.isEmpty() ? bodyOf(decided) : null;
        }
    };

    /** Keyed by article id: an unchanged re-send is an ID duplicate, a changed one an update. */
    public static final DedupeProcessor.Rule BY_ID = new DedupeProcessor.Rule() {
        @Override
        public Article decide(Article article, List<FirstSeen> seen) {
            return byId(article, seen.stream().max(Comparator.comparingInt(FirstSeen::version)).orElse(null));
        }

        @Override
        public FirstSeen remember(Article decided, List<FirstSeen> seen) {
            return decided.verdict().isDuplicate() ? null : versionOf(decided);
        }
    };

    private ExactMatch() {
    }

    /**
     * Decides an article against the first article seen with the same body.
     *
     * @param seen the first article seen with this body, or {@code null} if none
     * @return a CONTENT duplicate naming {@code seen} when another id published this body first;
     *         otherwise NEW, left to {@link #byId} (the same id may be a re-send or an update)
     */
    public static Article byContent(Article article, FirstSeen seen) {
        if (seen != null && !seen.id().equals(article.id())) {
            return article.withVerdict(new Verdict(Verdict.Kind.CONTENT, seen.id(), 1.0), article.version());
        }
        return article.withVerdict(new Verdict(Verdict.Kind.NEW, article.id(), 1.0), article.version());
    }

    /**
     * Decides an article against the latest version seen of its id, comparing headline and body
     * ({@link ContentFingerprint#ofVersion}).
     *
     * @param latest the latest version of this id ({@code contentHash} = its version fingerprint),
     *               or {@code null} if the id is new
     * @return the article unchanged (new id), an UPDATE with the next version, or an ID duplicate
     */
    public static Article byId(Article article, FirstSeen latest) {
        if (latest == null) {
            return article;
        }
        if (latest.contentHash().equals(ContentFingerprint.ofVersion(article))) {
            return article.withVerdict(new Verdict(Verdict.Kind.ID, latest.id(), 1.0), latest.version());
        }
        return article.withVerdict(new Verdict(Verdict.Kind.UPDATE, latest.id(), 1.0), latest.version() + 1);
    }

    /** What the content store remembers of the first article seen with a body. */
    public static FirstSeen bodyOf(Article article) {
        return new FirstSeen(article.id(), article.contentHash(), article.version());
    }

    /** What the id store remembers of a version that went out. */
    public static FirstSeen versionOf(Article decided) {
        return new FirstSeen(decided.id(), ContentFingerprint.ofVersion(decided), decided.version());
    }
}
