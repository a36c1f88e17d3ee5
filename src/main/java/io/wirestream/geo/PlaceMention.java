package io.wirestream.geo;

import java.util.Objects;

/**
 * One place mention found in a text and the gazetteer entry it resolved to.
 *
 * @param start    offset of the first character, inclusive
 * @param end      offset after the last character, exclusive
 * @param text     the mention as written ({@code "Tokyo"}, without a possessive {@code 's})
 * @param location the entry it resolves to
 * @param kind     whether the text named a country, a demonym of one, an admin-1 region or a city
 */
public record PlaceMention(int start, int end, String text, Location location, Kind kind) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The country the mention resolves to. */
    public Country country() {
        return location.country();
    }

    /** What kind of name matched. */
    public enum Kind { COUNTRY, DEMONYM, ADMIN1, CITY }
}
