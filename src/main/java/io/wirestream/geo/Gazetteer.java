package io.wirestream.geo;

import io.wirestream.model.Region;
import io.wirestream.text.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Countries, their names, aliases, demonyms and cities, and the desk each country belongs to.
 *
 * <p>Built from the resource tables in this package ({@code countries.tsv}, {@code cities.tsv},
 * {@code desks.tsv}, {@code not-places.txt}; see {@code SOURCES.md}). Every name is expanded
 * into the surface forms the {@link PlaceFinder} matches: as written, ALL CAPS, Title Case,
 * {@code &} for {@code and}, {@code St}/{@code St.} for {@code Saint}, and a plural for
 * demonyms. A surface form that would name two countries is a load error.
 */
public final class Gazetteer {

    /**
     * What a surface form resolves to; {@code country == null} marks a phrase that contains a
     * place name but is not a place ({@code "Indian Ocean"}).
     */
    record Form(Country country, PlaceMention.Kind kind) {
    }

    private final Map<String, Country> byCode;
    private final Map<String, Form> forms;
    private final Map<String, Country> byLowerCase;
    private final Map<String, List<String>> cities;

    private Gazetteer(Map<String, Country> byCode, Map<String, Form> forms,
                      Map<String, Country> byLowerCase, Map<String, List<String>> cities) {
        this.byCode = byCode;
        this.forms = forms;
        this.byLowerCase = byLowerCase;
        this.cities = cities;
    }

    /** The gazetteer built from this package's resource files, loaded once. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = parse(resource("countries.tsv"), resource("cities.tsv"),
                resource("desks.tsv"), resource("not-places.txt"));
    }

    /** Every country in the table, ordered by code. */
    public List<Country> countries() {
        return List.copyOf(byCode.values());
    }

    /** The country with ISO alpha-2 code {@code code} ({@code "jp"} or {@code "JP"}). */
    public Optional<Country> country(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The cities listed for the country with code {@code code}, as written in {@code cities.tsv}. */
    public List<String> cities(String code) {
        return cities.getOrDefault(code, List.of());
    }

    /**
     * The country a name, alias, demonym or city resolves to. The exact surface forms are tried
     * first; then a case-insensitive match, except for acronyms such as {@code US}, which only
     * match in capitals. Possessives are not stripped here: pass {@code "Tokyo"}, not
     * {@code "Tokyo's"}.
     */
    public Optional<Country> lookup(String name) {
        Objects.requireNonNull(name, "name");
        String key = normalise(name).trim();
        Form form = forms.get(key);
        if (form != null) {
            return Optional.ofNullable(form.country());
        }
        return Optional.ofNullable(byLowerCase.get(key.toLowerCase(Locale.ROOT)));
    }

    /** Every surface form and what it resolves to; the place finder compiles these. */
    Map<String, Form> forms() {
        return forms;
    }

    /** Maps typographic apostrophes, dashes and spaces to their ASCII forms, one char for one. */
    static char normalise(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02BC': case '`':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013':
                return '-';
            default:
                return Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        }
    }

    static String normalise(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = normalise(cs[i]);
        }
        return new String(cs);
    }

    /** Builds a gazetteer from the text of the four resource files. */
    static Gazetteer parse(String countriesTsv, String citiesTsv, String desksTsv, String notPlaces) {
        Map<String, Region> subRegionDesks = new HashMap<>();
        Map<String, Region> overrides = new HashMap<>();
        for (Line line : lines("desks.tsv", desksTsv)) {
            String[] f = line.fields(3);
            Region desk = region(line, f[2]);
            switch (f[0]) {
                case "subregion" -> put(line, subRegionDesks, f[1], desk);
                case "country" -> put(line, overrides, f[1], desk);
                default -> throw line.error("first column must be 'subregion' or 'country', was '" + f[0] + "'");
            }
        }

        Map<String, Country> byCode = new TreeMap<>();
        for (Line line : lines("countries.tsv", countriesTsv)) {
            String[] f = line.fields(6);
            Region desk = overrides.getOrDefault(f[0], subRegionDesks.get(f[3]));
            if (desk == null) {
                throw line.error("no desk for sub-region '" + f[3] + "' in desks.tsv");
            }
            Country c;
            try {
                c = new Country(f[0], f[1], f[2], f[3], desk, split(f[4]), split(f[5]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            if (byCode.put(c.code(), c) != null) {
                throw line.error("duplicate country code " + c.code());
            }
        }
        for (String code : overrides.keySet()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalArgumentException("desks.tsv: override for unknown country code '" + code + "'");
            }
        }

        FormTable table = new FormTable();
        for (Country c : byCode.values()) {
            table.add(c.name(), c, PlaceMention.Kind.COUNTRY, false);
            c.aliases().forEach(a -> table.add(a, c, PlaceMention.Kind.COUNTRY, false));
        }
        for (Country c : byCode.values()) {
            c.demonyms().forEach(d -> table.add(d, c, PlaceMention.Kind.DEMONYM, true));
        }
        Map<String, List<String>> cities = new LinkedHashMap<>();
        for (Line line : lines("cities.tsv", citiesTsv)) {
            String[] f = line.fields(2);
            Country c = byCode.get(f[1]);
            if (c == null) {
                throw line.error("unknown country code '" + f[1] + "'");
            }
            for (String name : split(f[0])) {
                table.add(name, c, PlaceMention.Kind.CITY, false);
                cities.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(name);
            }
        }
        for (Line line : lines("not-places.txt", notPlaces)) {
            table.add(line.text(), null, PlaceMention.Kind.COUNTRY, false);
        }
        if (!table.conflicts.isEmpty()) {
            throw new IllegalStateException("gazetteer names that resolve to two countries: " + table.conflicts);
        }
        Map<String, List<String>> frozenCities = new LinkedHashMap<>();
        cities.forEach((k, v) -> frozenCities.put(k, List.copyOf(v)));
        return new Gazetteer(Collections.unmodifiableMap(byCode), Map.copyOf(table.forms),
                table.lowerCaseIndex(), Collections.unmodifiableMap(frozenCities));
    }

    /** Collects surface forms and any that would resolve to two different countries. */
    private static final class FormTable {
        final Map<String, Form> forms = new HashMap<>();
        final Set<String> conflicts = new TreeSet<>();
        private final Set<String> acronyms = new HashSet<>();

        void add(String name, Country c, PlaceMention.Kind kind, boolean demonym) {
            String written = normalise(name).trim();
            if (isAcronym(written)) {
                acronyms.add(written);
            }
            for (String v : variants(written, demonym)) {
                Form old = forms.putIfAbsent(v, new Form(c, kind));
                if (old != null && old.country() != c) {
                    conflicts.add(v + " (" + code(old.country()) + ", " + code(c) + ")");
                }
            }
        }

        /** Case-insensitive index of unambiguous forms; acronyms stay case-sensitive. */
        Map<String, Country> lowerCaseIndex() {
            Map<String, Country> index = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            forms.forEach((form, f) -> {
                if (acronyms.contains(form) || f.country() == null) {
                    return;
                }
                String key = form.toLowerCase(Locale.ROOT);
                Country old = index.putIfAbsent(key, f.country());
                if (old != null && old != f.country()) {
                    ambiguous.add(key);
                }
            });
            ambiguous.forEach(index::remove);
            return Map.copyOf(index);
        }

        private static String code(Country c) {
            return c == null ? "not a place" : c.code();
        }
    }

    /** An acronym such as {@code US}, {@code U.S.} or {@code DRC}: capitals and dots only. */
    static boolean isAcronym(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                letter = true;
            } else if (ch != '.') {
                return false;
            }
        }
        return letter;
    }

    /** The surface forms of one table name. */
    static Set<String> variants(String written, boolean demonym) {
        Set<String> base = new LinkedHashSet<>();
        base.add(written);
        if (written.contains(" and ")) {
            base.add(written.replace(" and ", " & "));
        }
        for (String b : List.copyOf(base)) {
            if (b.startsWith("Saint ")) {
                base.add("St " + b.substring(6));
                base.add("St. " + b.substring(6));
            }
        }
        if (demonym) {
            for (String b : List.copyOf(base)) {
                if (!b.endsWith("s")) {
                    base.add(b + "s");
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String b : base) {
            out.add(b);
            out.add(b.toUpperCase(Locale.ROOT));
            out.add(titleCase(b));
        }
        return out;
    }

    /** Upper-cases the first letter of every word (after a space or hyphen), leaving the rest. */
    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(start && Character.isLowerCase(ch) ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }

    private static List<String> split(String field) {
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    private static Region region(Line line, String slug) {
        try {
            return Region.ofSlug(slug);
        } catch (IllegalArgumentException e) {
            throw line.error(e.getMessage());
        }
    }

    private static <V> void put(Line line, Map<String, V> map, String key, V value) {
        if (map.put(key, value) != null) {
            throw line.error("duplicate key '" + key + "'");
        }
    }

    /** A non-blank, non-comment line of a resource file, with its position for error messages. */
    private record Line(String file, int number, String text) {
        String[] fields(int n) {
            String[] f = text.split("\t", -1);
            if (f.length != n) {
                throw error("expected " + n + " tab-separated columns, found " + f.length);
            }
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].trim();
            }
            if (f[0].isEmpty() || f[1].isEmpty()) {
                throw error("the first two columns must not be empty");
            }
            return f;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + ":" + number + ": " + message + ": " + text);
        }
    }

    private static List<Line> lines(String file, String text) {
        List<Line> out = new ArrayList<>();
        String[] raw = text.split("\r?\n");
        for (int i = 0; i < raw.length; i++) {
            String s = raw[i];
            if (!s.isBlank() && !s.startsWith("#")) {
                out.add(new Line(file, i + 1, s.replaceAll("[\r ]+$", "")));
            }
        }
        return out;
    }

    static String resource(String name) {
        return WordLists.read(Gazetteer.class, name);
    }
}
