package io.wirestream.geo;

import io.wirestream.model.Region;
import java.util.List;
import java.util.Objects;

/**
 * One row of the gazetteer's country table: an ISO 3166-1 country or territory and its desk.
 *
 * @param code         ISO 3166-1 alpha-2 code ({@code "JP"})
 * @param name         canonical English name ({@code "Japan"})
 * @param m49Region    UN M49 region ({@code "Asia"})
 * @param m49SubRegion UN M49 sub-region, or intermediate region where M49 has one ({@code "Eastern Asia"})
 * @param desk         the Wirestream desk, from {@code desks.tsv}
 * @param aliases      other names as listed in the table, without generated variants
 * @param demonyms     demonyms and adjectives as listed ({@code "Japanese"})
 */
public record Country(String code, String name, String m49Region, String m49SubRegion,
                      Region desk, List<String> aliases, List<String> demonyms) {
    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(m49Region, "m49Region");
        Objects.requireNonNull(m49SubRegion, "m49SubRegion");
        Objects.requireNonNull(desk, "desk");
        if (!code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two capital letters, was '" + code + "'");
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
    }

    /** Countries are one per code: comparing codes is enough, and cheaper than comparing every alias. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Country c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
