package io.wirestream.serde;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.Place;
import io.wirestream.text.WordLists;

/**
 * GeoNames URIs for ninjs {@code places}: a city's own ({@code https://sws.geonames.org/1850147/} for
 * Tokyo), a country's ({@code https://sws.geonames.org/1861060/} for Japan).
 */
final class GeoNames {

    private static final String BASE = "https://sws.geonames.org/";
    private static final Map<String, Country> COUNTRIES = load();

    private record Country(String id, String name) {
    }

    private GeoNames() {
    }

    /**
     * The GeoNames URI of the place an article names {@code name}: the city's own where the gazetteer
     * resolved the name to a city, the country's where it resolved it to the country itself, else
     * {@code null} (a province, or a place such as Gaza or Wall Street, is not its country).
     */
    static String uri(Article a, String name) {
        for (Place p : a.places()) {
            if (p.name().equalsIgnoreCase(name)) {
                if (p.geonameId() > 0) {
                    return BASE + p.geonameId() + "/";
                }
                Country country = p.countryCode() == null ? null
                        : COUNTRIES.get(p.countryCode().toUpperCase(Locale.ROOT));
                boolean isTheCountry = country != null && p.admin1() == null && country.name().equals(p.name());
                return isTheCountry ? BASE + country.id() + "/" : null;
            }
        }
        return null;
    }

    private static Map<String, Country> load() {
        Map<String, Country> countries = new HashMap<>();
        for (String line : WordLists.lines(GeoNames.class, "geonames-countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3 || !cols[1].matches("[0-9]+") || cols[2].isBlank()) {
                throw new IllegalStateException("geonames-countries.tsv: bad line '" + line + "'");
            }
            countries.put(cols[0], new Country(cols[1], cols[2]));
        }
        return Map.copyOf(countries);
    }
}
