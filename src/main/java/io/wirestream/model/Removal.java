package io.wirestream.model;

import java.util.Objects;

/**
 * A piece of text a cleaning rule removed, kept on the article so every removal is auditable.
 *
 * @param rule the name of the rule that fired ({@code "disclaimer"}, {@code "page-chrome"})
 * @param text the text it removed
 */
public record Removal(String rule, String text) {
    public Removal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
    }
}
