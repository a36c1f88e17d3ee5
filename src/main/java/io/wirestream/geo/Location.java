package io.wirestream.geo;

import java.util.Objects;

/**
 * One gazetteer entry a name can resolve to: a country, an admin-1 region or a city.
 *
 * @param kind       what the entry is
 * @param name       its canonical name ({@code "Stamford"})
 * @param country    the country it lies in (for a country, itself)
 * @param admin1     GeoNames admin-1 code ({@code "US.CT"}), or {@code null}
 * @param geonameId  GeoNames id of a city, 0 otherwise
 * @param population GeoNames population of a city, 0 when not known
 * @param news       listed in {@code news-places.tsv}: a place wire copy names often, preferred
 *                   over a more populous namesake
 */
public record Location(Kind kind, String name, Country country, String admin1, long geonameId,
                       int population, boolean news) {
    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }

    /** Entries are one per place: the kind, country, admin-1 code, GeoNames id and name identify one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && l.kind == kind && l.geonameId == geonameId && l.country.equals(country)
                && java.util.Objects.equals(l.admin1, admin1) && l.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(geonameId) * 31 + name.hashCode();
    }

    /** What a gazetteer entry is. */
    public enum Kind { COUNTRY, ADMIN1, CITY }
}
