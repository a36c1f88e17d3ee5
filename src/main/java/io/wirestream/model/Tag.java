package io.wirestream.model;

import java.util.Objects;

/**
 * A subject tag of an article.
 *
 * @param name the tag in canonical casing ({@code "Fumio Kishida"})
 */
public record Tag(String name) {
    public Tag {
        Objects.requireNonNull(name, "name");
    }
}
