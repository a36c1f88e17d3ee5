package io.wirestream.geo;

import io.wirestream.text.WordLists;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
 * Countries, admin-1 regions and cities, every name they go by, and the desk of each country.
 *
 * <p>Built from this package's resource tables: {@code countries.tsv}, {@code admin1.tsv} and
 * {@code cities.tsv} are generated from GeoNames, UN M49 and ISO 3166 data by
 * {@code tools/gazetteer/generate.mjs}; {@code news-places.tsv}, {@code not-places.txt} and
 * {@code desks.tsv} are written by hand (see {@code SOURCES.md}). Names are kept once, under a
 * case- and accent-folded key; a text matches a name as written, in ALL CAPS or in Title Case,
 * and an acronym ({@code US}) only as written. A name may resolve to several entries
 * ({@code Paris}: France's capital, a Texas city); choosing among them is the classifier's job.
 */
public final class Gazetteer {

    /**
     * One name of a gazetteer entry, as written, or a phrase that is not a place ({@code location == null}).
     * {@code alternate} marks a weak reading: a city's alternate name, or a name the classifier
     * keeps only if other places in the article support it.
     */
    record Entry(String written, Location location, PlaceMention.Kind kind, boolean acronym, boolean alternate) {
        /** True when {@code text} (already punctuation-normalised) writes this name in an accepted case. */
        boolean matchesCase(String text) {
            String w = written;
            if (text.equals(w)) {
                return true;
            }
            if (acronym) {
                return false;
            }
            String t = fold(text);
            String fw = fold(w);
            if (t.length() != fw.length()) {
                return false;
            }
            // As written, in capitals, or in Title Case (each word's first letter raised), compared in place.
            boolean same = true;
            boolean upper = true;
            boolean title = true;
            boolean start = true;
            for (int i = 0; i < t.length() && (same || upper || title); i++) {
                char tc = t.charAt(i);
                char wc = fw.charAt(i);
                same &= tc == wc;
                upper &= tc == Character.toUpperCase(wc);
                title &= tc == (start && Character.isLowerCase(wc) ? Character.toUpperCase(wc) : wc);
                start = wc == ' ' || wc == '-';
            }
            return same || upper || title;
        }
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private final Map<String, Country> byCode;
    private final Map<String, Entry[]> names;
    private final Set<String> firstWords;
    private final Map<String, String> admin1Names;
    private final Map<String, String> abbreviations;
    private final int maxWords;
    private final int cityCount;

    private Gazetteer(Map<String, Country> byCode, Map<String, Entry[]> names, Map<String, String> admin1Names,
                      Map<String, String> abbreviations, int cityCount) {
        this.byCode = byCode;
        this.names = names;
        this.admin1Names = admin1Names;
        this.abbreviations = abbreviations;
        this.cityCount = cityCount;
        Set<String> first = new HashSet<>();
        int words = 1;
        for (String key : names.keySet()) {
            first.add(firstWord(key, 0));
            if (key.startsWith("saint ")) {
                first.add("st");
            }
            int spaces = 1;
            for (int i = 0; i < key.length(); i++) {
                spaces += key.charAt(i) == ' ' ? 1 : 0;
            }
            words = Math.max(words, spaces);
        }
        this.firstWords = Set.copyOf(first);
        this.maxWords = words;
    }

    /** The gazetteer built from this package's resource files, with {@link Desks#standard()}; loaded once. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final Gazetteer INSTANCE = load(Desks.standard());
    }

    /** The bundled tables with the given desks. */
    public static Gazetteer load(Desks desks) {
        return parse(desks, resource("countries.tsv"), resource("admin1.tsv"), resource("cities.tsv"),
                resource("news-places.tsv"), resource("not-places.txt"));
    }

    /** Every country in the table, ordered by code. */
    public List<Country> countries() {
        return List.copyOf(byCode.values());
    }

    /** How many cities the table holds. */
    public int cityCount() {
        return cityCount;
    }

    /** How many distinct folded names the table holds. */
    public int nameCount() {
        return names.size();
    }

    /** The country with ISO alpha-2 code {@code code} ({@code "jp"} or {@code "JP"}). */
    public Optional<Country> country(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The name of the admin-1 region with GeoNames code {@code code} ({@code "US.CT"}), if listed. */
    public Optional<String> admin1Name(String code) {
        return Optional.ofNullable(code == null ? null : admin1Names.get(code));
    }

    /**
     * The admin-1 code a dateline qualifier names: a wire abbreviation ({@code "Conn."},
     * {@code "KAN."}, {@code "N.Y."}), a postal code in capitals ({@code "CT"}) or a full name.
     */
    public Optional<String> admin1OfQualifier(String qualifier) {
        Objects.requireNonNull(qualifier, "qualifier");
        String q = normalise(qualifier).trim();
        String code = abbreviations.get(q.length() == 2 ? q : q.toLowerCase(Locale.ROOT));
        if (code == null && q.endsWith(".")) {
            code = abbreviations.get(q.substring(0, q.length() - 1).toLowerCase(Locale.ROOT) + ".");
        }
        if (code == null) {
            for (Location l : locations(q)) {
                if (l.kind() == Location.Kind.ADMIN1) {
                    return Optional.of(l.admin1());
                }
            }
        }
        return Optional.ofNullable(code);
    }

    /**
     * Every entry a name may resolve to, whatever its case ({@code "paris"}, {@code "PARIS"}),
     * countries first, then by population.
     */
    public List<Location> locations(String name) {
        Objects.requireNonNull(name, "name");
        Entry[] entries = names.get(key(normalise(name).trim()));
        if (entries == null) {
            return List.of();
        }
        List<Location> out = new ArrayList<>(entries.length);
        for (Entry e : entries) {
            if (e.location() != null && !out.contains(e.location())) {
                out.add(e.location());
            }
        }
        return out;
    }

    /**
     * The country a name, alias, demonym, admin-1 region or city most likely resolves to without
     * context: a country's own name first, then the most prominent place of that name. The
     * exact case is tried first, then any case except for acronyms such as {@code US}.
     */
    public Optional<Country> lookup(String name) {
        Objects.requireNonNull(name, "name");
        String text = normalise(name).trim();
        Entry[] entries = names.get(key(text));
        if (entries == null) {
            return Optional.empty();
        }
        for (boolean strict : new boolean[] {true, false}) {
            for (Entry e : entries) {
                if (strict ? e.matchesCase(text) : !e.acronym()) {
                    return Optional.ofNullable(e.location() == null ? null : e.location().country());
                }
            }
        }
        return Optional.empty();
    }

    /** The entries under one folded key, best first; {@code null} when there are none. */
    Entry[] entries(String key) {
        return names.get(key);
    }

    boolean isFirstWord(String key) {
        return firstWords.contains(key);
    }

    int maxWords() {
        return maxWords;
    }

    // ---- keys and case --------------------------------------------------------------------

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
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c > ' ' && c < 0x7F && c != '`' || c == ' ';
        }
        if (plain) {
            return s;
        }
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            cs[i] = normalise(cs[i]);
        }
        return new String(cs);
    }

    /** Strips accents ({@code "São Paulo"} → {@code "Sao Paulo"}); ASCII text is returned as is. */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    /** The lookup key of a normalised name: accents stripped, lower case. */
    static String key(String normalised) {
        String k = fold(normalised).toLowerCase(Locale.ROOT);
        // "St. Louis", "St Louis" and "Saint Louis" are one name.
        if (k.startsWith("st. ")) {
            return "saint " + k.substring(4);
        }
        return k.startsWith("st ") ? "saint " + k.substring(3) : k;
    }

    /** The first run of letters and digits of {@code key} from {@code from}. */
    static String firstWord(String key, int from) {
        int end = from;
        while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
            end++;
        }
        return key.substring(from, end);
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

    /** The written forms of one table name: {@code &} for {@code and}, {@code St.} for {@code Saint}, demonym plurals. */
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
        return base;
    }

    // ---- loading --------------------------------------------------------------------------

    /** Builds a gazetteer from the text of its resource files. */
    static Gazetteer parse(Desks desks, String countriesTsv, String admin1Tsv, String citiesTsv,
                           String newsPlacesTsv, String notPlaces) {
        Map<String, Country> byCode = new TreeMap<>();
        for (Tables.Line line : Tables.lines("countries.tsv", countriesTsv)) {
            String[] f = line.fields(6);
            Country c;
            try {
                c = new Country(f[0], f[1], f[2], f[3], desks.desk(f[0], f[3]),
                        Tables.split(f[4]), Tables.split(f[5]));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            if (byCode.put(c.code(), c) != null) {
                throw line.error("duplicate country code " + c.code());
            }
        }
        for (String code : desks.overriddenCountries()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalArgumentException(desks.origin(code) + ": override for unknown country code '" + code + "'");
            }
        }

        NameTable table = new NameTable();
        Map<String, Location> countryLocations = new HashMap<>();
        for (Country c : byCode.values()) {
            Location l = new Location(Location.Kind.COUNTRY, c.name(), c, null, 0, 0, true);
            countryLocations.put(c.code(), l);
            table.add(c.name(), l, PlaceMention.Kind.COUNTRY, false);
            c.aliases().forEach(a -> table.add(a, l, PlaceMention.Kind.COUNTRY, false));
            c.demonyms().forEach(d -> table.add(d, l, PlaceMention.Kind.DEMONYM, false));
        }

        Map<String, String> admin1Names = new HashMap<>();
        Map<String, String> abbreviations = new HashMap<>();
        for (Tables.Line line : Tables.lines("admin1.tsv", admin1Tsv)) {
            String[] f = line.fields(4);
            Country c = byCode.get(f[0].substring(0, 2));
            if (c == null || f[0].length() < 4 || f[0].charAt(2) != '.') {
                throw line.error("admin-1 code must be a known country code, a dot and a region code, was '" + f[0] + "'");
            }
            admin1Names.put(f[0], f[1]);
            Location l = new Location(Location.Kind.ADMIN1, f[1], c, f[0], 0, 0, false);
            table.add(f[1], l, PlaceMention.Kind.ADMIN1, false);
            Tables.split(f[2]).forEach(a -> table.add(a, l, PlaceMention.Kind.ADMIN1, false));
            for (String abbr : Tables.split(f[3])) {
                // Postal codes only in capitals ("IN" is a word), abbreviations in any case ("KAN.").
                String k = abbr.length() == 2 && isAcronym(abbr) ? abbr : abbr.toLowerCase(Locale.ROOT);
                String old = abbreviations.put(k, f[0]);
                if (old != null && !old.equals(f[0])) {
                    throw line.error("abbreviation '" + abbr + "' already names " + old);
                }
            }
        }

        Map<String, List<Location>> citiesByName = new HashMap<>();
        int cities = 0;
        for (Tables.Line line : Tables.lines("cities.tsv", citiesTsv)) {
            String[] f = line.fields(6);
            Country c = byCode.get(f[2]);
            if (c == null) {
                throw line.error("unknown country code '" + f[2] + "'");
            }
            Location l;
            try {
                l = new Location(Location.Kind.CITY, f[1], c, f[3].isEmpty() ? null : f[3],
                        Long.parseLong(f[0]), Integer.parseInt(f[4]), false);
            } catch (NumberFormatException e) {
                throw line.error("geonameid and population must be numbers");
            }
            cities++;
            citiesByName.computeIfAbsent(key(f[1]) + "\t" + c.code(), k -> new ArrayList<>()).add(l);
            table.add(f[1], l, PlaceMention.Kind.CITY, false);
            Tables.split(f[5]).forEach(a -> table.add(a, l, PlaceMention.Kind.CITY, true));
        }

        for (Tables.Line line : Tables.lines("news-places.tsv", newsPlacesTsv)) {
            String[] f = line.fields(2);
            Country c = byCode.get(f[1]);
            if (c == null) {
                throw line.error("unknown country code '" + f[1] + "'");
            }
            List<String> all = Tables.split(f[0]);
            Location l = null;
            for (int i = 0; i < all.size() && (l == null || l.geonameId() == 0 && l.kind() == Location.Kind.CITY); i++) {
                l = newsPlace(all.get(i), c, citiesByName, countryLocations, table);
            }
            for (String n : all) {
                table.add(n, l, PlaceMention.Kind.CITY, false);
            }
        }
        for (Tables.Line line : Tables.lines("not-places.txt", notPlaces)) {
            table.add(line.text(), null, PlaceMention.Kind.COUNTRY, false);
        }
        return new Gazetteer(Collections.unmodifiableMap(byCode), table.freeze(), Map.copyOf(admin1Names),
                Map.copyOf(abbreviations), cities);
    }

    /** A news place: the most populous city of that name in its country, else an entry of its own. */
    private static Location newsPlace(String name, Country c, Map<String, List<Location>> citiesByName,
                                      Map<String, Location> countries, NameTable table) {
        List<Location> same = citiesByName.get(key(name) + "\t" + c.code());
        if (same != null) {
            Location best = same.stream().max((a, b) -> Integer.compare(a.population(), b.population())).orElseThrow();
            Location news = new Location(best.kind(), best.name(), c, best.admin1(), best.geonameId(), best.population(), true);
            table.replace(best, news);
            return news;
        }
        for (Location l : table.locations(key(name))) {
            if (l.kind() == Location.Kind.ADMIN1 && l.country() == c) {
                Location news = new Location(l.kind(), l.name(), c, l.admin1(), 0, 0, true);
                table.replace(l, news);
                return news;
            }
        }
        return new Location(Location.Kind.CITY, name, c, null, 0, 0, true);
    }

    /** Collects names under folded keys; two countries under one country name is a load error. */
    private static final class NameTable {
        private final Map<String, List<Entry>> entries = new HashMap<>();
        private final Set<String> conflicts = new TreeSet<>();
        private final Map<Location, Location> replaced = new java.util.IdentityHashMap<>();

        void add(String name, Location l, PlaceMention.Kind kind, boolean alternate) {
            String written = normalise(name).trim();
            boolean acronym = isAcronym(written);
            for (String v : variants(written, kind == PlaceMention.Kind.DEMONYM)) {
                List<Entry> list = entries.computeIfAbsent(key(v), k -> new ArrayList<>(1));
                boolean seen = false;
                for (Entry e : list) {
                    if (e.location() == l && e.written().equals(v)) {
                        seen = true;
                    }
                    if (l != null && e.location() != null && e.location().kind() == Location.Kind.COUNTRY
                            && l.kind() == Location.Kind.COUNTRY && e.location() != l && e.written().equals(v)) {
                        conflicts.add(v + " (" + e.location().country().code() + ", " + l.country().code() + ")");
                    }
                }
                if (!seen) {
                    list.add(new Entry(v, l, kind, acronym, alternate));
                }
            }
        }

        List<Location> locations(String key) {
            List<Location> out = new ArrayList<>();
            for (Entry e : entries.getOrDefault(key, List.of())) {
                if (e.location() != null) {
                    out.add(e.location());
                }
            }
            return out;
        }

        void replace(Location old, Location now) {
            replaced.put(old, now);
        }

        Map<String, Entry[]> freeze() {
            if (!conflicts.isEmpty()) {
                throw new IllegalStateException("gazetteer names that resolve to two countries: " + conflicts);
            }
            Map<String, Entry[]> out = new HashMap<>(entries.size() * 2);
            entries.forEach((k, list) -> {
                list.replaceAll(e -> replaced.containsKey(e.location())
                        ? new Entry(e.written(), replaced.get(e.location()), e.kind(), e.acronym(), e.alternate()) : e);
                list.sort(Gazetteer::compareEntries);
                out.put(k, list.toArray(new Entry[0]));
            });
            return Collections.unmodifiableMap(out);
        }
    }

    /** Countries and demonyms first, then news places, then by population, primary names before alternates. */
    static int compareEntries(Entry a, Entry b) {
        return Long.compare(prominence(b), prominence(a));
    }

    /** How likely an entry is meant when nothing in the text says otherwise. */
    static long prominence(Entry e) {
        Location l = e.location();
        if (l == null) {
            return Long.MAX_VALUE;
        }
        return switch (l.kind()) {
            case COUNTRY -> 4_000_000_000L;
            // A region without a listed population ranks with a mid-sized city of its name.
            case ADMIN1 -> l.news() ? 3_000_000_000L : 150_000L;
            case CITY -> (l.news() ? 2_000_000_000L : 0) + (e.alternate() ? l.population() / 2 : l.population());
        };
    }

    static String resource(String name) {
        return WordLists.read(Gazetteer.class, name);
    }
}
