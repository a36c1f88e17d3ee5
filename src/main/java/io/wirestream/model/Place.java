package io.wirestream.model;

import java.util.Objects;

/**
 * A place an article mentions, resolved through the gazetteer.
 *
 * @param name        the place's canonical name ({@code "Tokyo"}, {@code "Japan"}, {@code "Connecticut"})
 * @param countryCode ISO 3166-1 alpha-2 code of its country ({@code "JP"})
 * @param region      the desk the country belongs to
 * @param mentions    how often the article mentions it (demonyms count for their country)
 * @param admin1      GeoNames admin-1 code ({@code "US.CT"}) where known, else {@code null}
 * @param geonameId   GeoNames id of a city, 0 for a country, an admin-1 region or an unlisted place
 */
public record Place(String name, String countryCode, Region region, int mentions, String admin1, long geonameId) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        if (geonameId < 0) {
            throw new IllegalArgumentException("geonameId must be >= 0, was " + geonameId);
        }
    }

    /** A place known by country only. */
    public Place(String name, String countryCode, Region region, int mentions) {
        this(name, countryCode, region, mentions, null, 0);
    }
}
