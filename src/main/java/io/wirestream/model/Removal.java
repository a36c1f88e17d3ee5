package io.wirestream.model;

import java.util.Objects;

/**
 * A piece of text a cleaning rule removed, kept on the article so every removal is auditable.
 *
 * @param rule  the name of the rule that fired ({@code "disclaimer"}, {@code "page-chrome"})
 * @param text  the text it removed
 * @param score the rule's evidence that the text was not story, from 0 to 1 (1 for a rule that matches exactly)
 */
public record Removal(String rule, String text, double score) {
    public Removal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }

    /** A removal by a rule that matches exactly: evidence 1. */
    public Removal(String rule, String text) {
        this(rule, text, 1.0);
    }
}
