package io.wirestream.serde;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.Place;
import io.wirestream.text.WordLists;

/** GeoNames URIs of countries, for ninjs {@code places}: {@code https://sws.geonames.org/1861060/} for Japan. */
final class GeoNames {

    private static final Map<String, String> IDS = load();

    private GeoNames() {
    }

    /**
     * The GeoNames URI of the place an article names {@code name}, when the gazetteer resolved that
     * name to a country (a city's own id is not in the gazetteer), else {@code null}.
     */
    static String countryUri(Article a, String name) {
        for (Place p : a.places()) {
            if (p.countryCode() != null && p.name().equalsIgnoreCase(name)) {
                String id = IDS.get(p.countryCode().toUpperCase(Locale.ROOT));
                return id == null ? null : "https://sws.geonames.org/" + id + "/";
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> ids = new HashMap<>();
        for (String line : WordLists.lines(GeoNames.class, "geonames-countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[1].matches("[0-9]+")) {
                throw new IllegalStateException("geonames-countries.tsv: bad line '" + line + "'");
            }
            ids.put(cols[0], cols[1]);
        }
        return Map.copyOf(ids);
    }
}
