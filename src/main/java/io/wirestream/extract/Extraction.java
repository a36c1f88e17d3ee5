package io.wirestream.extract;

import io.wirestream.model.Article;

import java.util.List;
import java.util.Objects;

/**
 * What the extract stage found in one article.
 *
 * @param article   the article with its entities set
 * @param demonyms  country hints from demonyms, in text order (headline first)
 */
public record Extraction(Article article, List<CountryHint> demonyms) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        demonyms = List.copyOf(demonyms);
    }
}
