package io.wirestream.geo;

import java.util.Objects;

/**
 * One place mention found in a text.
 *
 * @param start   offset of the first character, inclusive
 * @param end     offset after the last character, exclusive
 * @param text    the mention as written ({@code "Tokyo"}, without a possessive {@code 's})
 * @param country the country it resolves to
 * @param kind    whether the text named the country, a demonym of it, or one of its cities
 */
public record PlaceMention(int start, int end, String text, Country country, Kind kind) {
    public PlaceMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** What kind of name matched. */
    public enum Kind { COUNTRY, CITY, DEMONYM }
}
