package io.wirestream.model;

import java.util.Objects;

/**
 * A place an article mentions, resolved through the gazetteer.
 *
 * @param name        the place's canonical name ({@code "Japan"})
 * @param countryCode ISO 3166-1 alpha-2 code of its country ({@code "JP"})
 * @param region      the desk the country belongs to
 * @param mentions    how often the article mentions it (demonyms included)
 */
public record Place(String name, String countryCode, Region region, int mentions) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }
}
