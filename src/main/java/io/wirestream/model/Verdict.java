package io.wirestream.model;

import java.util.Objects;

/**
 * What the dedupe stage decided about an item.
 *
 * @param kind       new article, update of one seen before, or a duplicate and how it was caught
 * @param originalId the id of the article this one repeats or updates; its own id when new
 * @param similarity how close it is to the original: 1.0 for exact copies
 */
public record Verdict(Kind kind, String originalId, double similarity) {
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(originalId, "originalId");
    }

    public boolean isDuplicate() {
        return kind.duplicate;
    }

    /** The decisions the dedupe stage can take. */
    public enum Kind {
        /** First time this content and this id are seen. */
        NEW(false),
        /** A known id re-sent with changed content: goes out with the next version. */
        UPDATE(false),
        /** The same id re-sent with the same cleaned content. */
        ID(true),
        /** The same cleaned content under another id (a re-publication). */
        CONTENT(true),
        /** A re-issue with small edits. */
        NEAR(true);

        private final boolean duplicate;

        Kind(boolean duplicate) {
            this.duplicate = duplicate;
        }
    }
}
