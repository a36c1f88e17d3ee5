package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.Objects;

/**
 * A demonym ("Russian", "Japanese") that is no place entity but points at a country, for the
 * region classifier.
 *
 * @param country the country's name, as the gazetteer spells it
 * @param mention where the demonym stands
 */
public record CountryHint(String country, Entity.Mention mention) {
    public CountryHint {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mention, "mention");
    }
}
