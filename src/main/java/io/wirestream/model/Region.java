package io.wirestream.model;

import java.util.Locale;

/** A regional news desk; each has its own output topic {@code news.region.<slug>}. */
public enum Region {
    AFRICA, AMERICAS, ASIA, SOUTH_ASIA, MIDDLE_EAST, EUROPE, OCEANIA, UNKNOWN;

    /** The lower-case, hyphenated name used in topic names and JSON ({@code "south-asia"}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The region whose slug is {@code slug}. */
    public static Region ofSlug(String slug) {
        for (Region r : values()) {
            if (r.slug().equals(slug)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown region '" + slug + "'; known: "
                + java.util.Arrays.stream(values()).map(Region::slug).toList());
    }
}
