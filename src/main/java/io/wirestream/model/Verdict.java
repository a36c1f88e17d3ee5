package io.wirestream.model;

import java.util.Objects;

/**
 * What the dedupe stage decided about an item.
 *
 * @param kind       new article, update of one seen before, or a duplicate and how it was caught
 * @param originalId the id of the article this one repeats or updates; its own id when new
 * @param similarity how close it is to the original: 1.0 for exact copies
 * @param method     how the decision was reached: {@code id}, {@code content-hash},
 *                   {@code minhash-lsh+jaccard}, {@code minhash-lsh+containment}, or {@code null}
 * @param supersedes the version this one replaces (updates), or 0
 * @param late       it reached dedupe after the grace of a copy or version already released, so that
 *                   one could not wait for it: an earlier copy published beside its later copy, or an
 *                   older text recorded as superseded
 */
public record Verdict(Kind kind, String originalId, double similarity, String method, int supersedes, boolean late) {
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(originalId, "originalId");
    }

    public Verdict(Kind kind, String originalId, double similarity) {
        this(kind, originalId, similarity, null, 0, false);
    }

    public boolean isDuplicate() {
        return kind.duplicate;
    }

    public Verdict withLate(boolean late) {
        return new Verdict(kind, originalId, similarity, method, supersedes, late);
    }

    /** The decisions the dedupe stage can take. */
    public enum Kind {
        /** First time this content and this id are seen. */
        NEW(false),
        /** A known id re-sent with newer content (by the item's own time): goes out with the next version. */
        UPDATE(false),
        /** An agency's own re-issue under a new id with substantial new text, kept as a new version of its story. */
        REISSUE(false),
        /** The same id re-sent with the same cleaned content. */
        ID(true),
        /** The same cleaned content under another id (a re-publication). */
        CONTENT(true),
        /** A re-issue with small edits. */
        NEAR(true),
        /** An older text of an id whose newer text is known: never published as the latest version. */
        SUPERSEDED(true);

        private final boolean duplicate;

        Kind(boolean duplicate) {
            this.duplicate = duplicate;
        }
    }
}
