package io.wirestream.extract;

import io.wirestream.model.Entity;
import io.wirestream.text.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Merges the mentions of one entity under its canonical name: titles dropped ("President
 * Biden"), surnames joined to the full name ("Kishida" to "Fumio Kishida"), acronyms to the
 * long form, and known aliases ("Kiev") to the alias table's name ("Kyiv").
 */
final class EntityMerger {

    private static final Set<String> TITLES = WordLists.lowercaseSet(EntityMerger.class, "titles.txt");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "dame");
    private static final Map<String, Alias> ALIASES = loadAliases();

    /** A line of the alias table. */
    record Alias(String canonical, Entity.Type type, List<String> names) {
    }

    private EntityMerger() {
    }

    /** The alias-table entry naming {@code text}, or {@code null}. */
    static Alias alias(String text) {
        return ALIASES.get(text.toLowerCase(Locale.ROOT));
    }

    /** Canonical entities from mentions, ordered by first mention (headline first). */
    static List<Entity> merge(List<Found> found) {
        return merge(found, true, true);
    }

    /**
     * As {@link #merge(List)}, with two of its type changes switchable for measurement.
     *
     * @param vote        mentions of one name take the type {@link TypeVote} gives (else each type is its own entity)
     * @param surnameJoin a lone word of another type that ends a person's name joins that person
     */
    static List<Entity> merge(List<Found> found, boolean vote, boolean surnameJoin) {
        // 1. Group by canonical key: an alias-table name, else the mention without titles; then
        //    each mention takes its name's type (type-vote), and mentions of one name and type
        //    form a cluster.
        Map<String, List<Found>> byName = new LinkedHashMap<>();
        Map<Found, String> cores = new HashMap<>();
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingLong(Found::position));
        for (Found f : ordered) {
            String core = core(f);
            cores.put(f, core);
            Alias alias = alias(core);
            String key = alias != null ? "=" + alias.canonical() : core.toLowerCase(Locale.ROOT);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        for (Map.Entry<String, List<Found>> name : byName.entrySet()) {
            List<Found> mentions = name.getValue();
            String core = cores.get(mentions.get(0));
            Alias alias = alias(core);
            Entity.Type winner = alias != null ? alias.type()
                    : vote ? TypeVote.winner(mentions, core.strip().split("\\s+").length == 1) : null;
            for (Found f : mentions) {
                Entity.Type type = winner != null && (alias != null || retypeable(f)) ? winner : f.type();
                clusters.computeIfAbsent(name.getKey() + "/" + type, k -> new Cluster(alias, type))
                        .add(f, cores.get(f), f.oddCase());
            }
        }
        List<Cluster> all = new ArrayList<>(clusters.values());
        // 2. Shorter person names join the one longer name they end (or start) with; a
        //    non-person mention of a person's surname joins that person.
        List<Cluster> people = all.stream().filter(c -> c.type == Entity.Type.PERSON && c.alias == null)
                .sorted(Comparator.comparingInt((Cluster c) -> c.words().size()).reversed()).toList();
        for (Cluster shorter : all) {
            if (shorter.alias != null || shorter.mergedInto != null) {
                continue;
            }
            List<String> w = shorter.words();
            Cluster target = null;
            int matches = 0;
            for (Cluster longer : people) {
                Cluster root = longer.root();
                if (root == shorter || longer.words().size() <= w.size()) {
                    continue;
                }
                boolean fits = shorter.type == Entity.Type.PERSON
                        ? endsWith(longer.words(), w) || startsWith(longer.words(), w)
                        : surnameJoin && w.size() == 1 && (endsWith(longer.words(), w) || familyNameFirst(shorter, longer));
                if (fits && root != target) {
                    target = root;
                    matches++;
                }
            }
            if (matches == 1) {
                shorter.mergedInto = target;
            }
        }
        // 2b. A company's short name joins its full name ("Texaco" after "Texaco Inc", "Dalton" after "Dalton
        //     Industries Inc"), whatever type the engine gave the short name, unless a place.
        for (Cluster shorter : all) {
            if (shorter.alias != null || shorter.mergedInto != null || shorter.type == Entity.Type.PLACE
                    || shorter.words().size() > 3) {
                continue;
            }
            Cluster target = null;
            int matches = 0;
            for (Cluster company : all) {
                Cluster root = company.root();
                if (company.type == Entity.Type.ORGANISATION && root != shorter && root != target
                        && shortName(shorter.words(), company.words())) {
                    target = root;
                    matches++;
                }
            }
            if (matches == 1) {
                shorter.mergedInto = target;
            }
        }
        // 3. An all-caps organisation acronym joins the one organisation it abbreviates.
        for (Cluster acronym : all) {
            if (acronym.mergedInto != null || acronym.type != Entity.Type.ORGANISATION || acronym.alias != null) {
                continue;
            }
            String a = acronym.name();
            if (a.length() < 2 || a.length() > 7 || !a.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            Cluster target = null;
            int matches = 0;
            for (Cluster longer : all) {
                if (longer != acronym && longer.root() == longer && longer.alias == null && longer.type == Entity.Type.ORGANISATION
                        && (a.equals(initials(longer.words())) || a.equals(initials(withoutDesignators(longer.words())))
                            || a.equals(initialsWithOf(longer.words())))) {
                    target = longer;
                    matches++;
                }
            }
            if (matches == 1) {
                acronym.mergedInto = target;
            }
        }
        // 4. One entity per root cluster.
        Map<Cluster, List<Cluster>> groups = new LinkedHashMap<>();
        for (Cluster c : all) {
            groups.computeIfAbsent(c.root(), r -> new ArrayList<>()).add(c);
        }
        List<Entity> entities = new ArrayList<>();
        for (Map.Entry<Cluster, List<Cluster>> g : groups.entrySet()) {
            if (!unsupportedOddCaseName(g.getValue())) {
                entities.add(g.getKey().toEntity(g.getValue()));
            }
        }
        return entities;
    }

    /** Whether type-vote may change the mention's type: not in a dateline or table row ({@link TypeVote}). */
    private static boolean retypeable(Found f) {
        return !f.listLine();
    }

    /**
     * A one-word person found only in ALL CAPS or Title Case text ("Bill" in "Senate Passes
     * Aid Bill"), which no ordinary sentence of the article names: in such text a capital
     * says nothing, and a lone first name or common word is the model's likeliest mistake.
     */
    private static boolean unsupportedOddCaseName(List<Cluster> group) {
        for (Cluster c : group) {
            if (!c.cores.isEmpty() || c.type != Entity.Type.PERSON || c.words().size() > 1) {
                return false;
            }
        }
        return true;
    }

    private static String core(Found f) {
        List<Token> tokens = f.tokens();
        int i = 0;
        // An office names a person only when the engine says so: "General Motors", "King Kong", "Justice
        // Department" keep their first word. An honorific ("Mr Straw") marks a person whatever the engine says.
        while (i < tokens.size() - 1 && (f.type() == Entity.Type.PERSON
                ? TITLES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))
                : HONORIFICS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT)))) {
            i++;
        }
        int from = tokens.get(i).start() - f.start();
        return f.text().substring(Math.max(0, from));
    }

    /**
     * A lone short word, not a place, that opens a two- or three-word person's name: the family name of a name
     * written family name first, as Chinese and Korean names are ("Li" after "Li Qiang", "Kim" after "Kim Jong
     * Un"), which the engine reads alone as an organisation more often than as a person. Places are left out:
     * "Paris" is no reference to "Paris Hilton".
     */
    private static boolean familyNameFirst(Cluster shorter, Cluster person) {
        List<String> w = shorter.words();
        return shorter.type != Entity.Type.PLACE && w.get(0).length() <= 5 && person.words().size() <= 3
                && startsWith(person.words(), w);
    }

    /** Words that say what kind of company a name is, not which: "Inc", "Corp", "Ltd", "Holdings". */
    private static final Set<String> DESIGNATORS = Set.of("inc", "inc.", "corp", "corp.", "corporation", "co", "co.",
            "cos", "cos.", "company", "ltd", "ltd.", "limited", "plc", "ag", "sa", "s.a.", "nv", "n.v.", "bv", "gmbh",
            "llc", "llp", "group", "holdings", "holding", "industries", "bhd", "berhad", "spa", "s.p.a.", "ab", "asa",
            "oyj", "pty", "pty.");

    /** Whether {@code shorter} is {@code company}'s name without the designators that end it. */
    private static boolean shortName(List<String> shorter, List<String> company) {
        List<String> core = withoutDesignators(company);
        return core.size() < company.size() && core.size() == shorter.size() && startsWith(core, shorter);
    }

    private static List<String> withoutDesignators(List<String> words) {
        int end = words.size();
        while (end > 1 && DESIGNATORS.contains(words.get(end - 1).toLowerCase(Locale.ROOT))) {
            end--;
        }
        return words.subList(0, end);
    }

    private static boolean endsWith(List<String> longer, List<String> shorter) {
        int off = longer.size() - shorter.size();
        for (int i = 0; i < shorter.size(); i++) {
            if (!longer.get(off + i).equalsIgnoreCase(shorter.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(List<String> longer, List<String> shorter) {
        for (int i = 0; i < shorter.size(); i++) {
            if (!longer.get(i).equalsIgnoreCase(shorter.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Initials counting "of" as a word, as central banks' acronyms do: "Bank of Japan" is BOJ. */
    private static String initialsWithOf(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || w.equals("of"))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    private static Map<String, Alias> loadAliases() {
        Map<String, Alias> map = new HashMap<>();
        for (String line : WordLists.lines(EntityMerger.class, "entity-aliases.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2) {
                throw new IllegalStateException("entity-aliases.tsv: bad line '" + line + "'");
            }
            List<String> names = cols.length > 2 && !cols[2].isBlank()
                    ? List.of(cols[2].strip().split("\\|")) : List.of();
            Alias alias = new Alias(cols[0].strip(), Entity.Type.valueOf(cols[1].strip()), names);
            map.put(alias.canonical().toLowerCase(Locale.ROOT), alias);
            for (String n : names) {
                map.put(n.strip().toLowerCase(Locale.ROOT), alias);
            }
        }
        return Map.copyOf(map);
    }

    /** Mentions sharing one key, and where they were merged to. */
    private static final class Cluster {
        final Alias alias;
        final List<Found> mentions = new ArrayList<>();
        final List<String> cores = new ArrayList<>();
        final List<String> oddCores = new ArrayList<>();
        final Entity.Type type;
        Cluster mergedInto;
        /** name() and words(), computed on first use, once all mentions are in. */
        private String name;
        private List<String> words;

        Cluster(Alias alias, Entity.Type type) {
            this.alias = alias;
            this.type = type;
        }

        void add(Found f, String core, boolean oddCase) {
            mentions.add(f);
            (oddCase ? oddCores : cores).add(core);
        }

        /**
         * The forms as written in ordinary sentences, else the odd-cased ones re-cased; a dateline's
         * "WASHINGTON" is re-cased too, except for organisations, whose capitals are often the name.
         */
        private List<String> forms() {
            if (!cores.isEmpty()) {
                return type == Entity.Type.ORGANISATION ? cores : cores.stream().map(Cluster::recase).toList();
            }
            return oddCores.stream().map(Cluster::recase).toList();
        }

        /** "TOKYO" and "NEW DELHI" to "Tokyo" and "New Delhi"; short acronyms stay. */
        private static String recase(String s) {
            if (s.length() <= 4 || !s.equals(s.toUpperCase(Locale.ROOT))) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            boolean start = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append(start ? c : Character.toLowerCase(c));
                start = !Character.isLetter(c) && c != '\'';
            }
            return b.toString();
        }

        Cluster root() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }

        /** The longest form: most words, then most characters; the first one on a tie. */
        String name() {
            if (name == null) {
                name = longestForm();
            }
            return name;
        }

        private String longestForm() {
            if (alias != null) {
                return alias.canonical();
            }
            List<String> forms = forms();
            String best = forms.get(0);
            for (String c : forms) {
                int cw = c.split("\\s+").length;
                int bw = best.split("\\s+").length;
                // A short name in a capitals dateline ("BONN", "DOHA") is not re-cased: the prose's "Bonn" wins.
                boolean proseCase = type != Entity.Type.ORGANISATION && c.length() == best.length()
                        && best.equals(best.toUpperCase(Locale.ROOT)) && !c.equals(c.toUpperCase(Locale.ROOT));
                if (cw > bw || (cw == bw && c.length() > best.length()) || cw == bw && proseCase) {
                    best = c;
                }
            }
            return best;
        }

        List<String> words() {
            if (words == null) {
                words = List.of(name().split("\\s+"));
            }
            return words;
        }

        Entity toEntity(List<Cluster> members) {
            String name = name();
            List<Found> all = new ArrayList<>();
            Set<String> forms = new LinkedHashSet<>();
            for (Cluster m : members) {
                all.addAll(m.mentions);
                String n = m.name();
                if (alias == null && n.split("\\s+").length > name.split("\\s+").length
                        || (alias == null && m.alias == null && n.length() > name.length() && m.type == type)) {
                    name = n;
                }
            }
            for (Cluster m : members) {
                forms.addAll(m.cores);
                forms.addAll(m.oddCores);
                if (m.alias != null) {
                    forms.add(m.alias.canonical());
                    forms.addAll(m.alias.names());
                }
            }
            all.sort(Comparator.comparingLong(Found::position));
            List<Entity.Mention> mentions = new ArrayList<>();
            for (Found f : all) {
                mentions.add(new Entity.Mention(f.field(), f.start(), f.end(), f.text()));
            }
            final String canonical = name;
            List<String> aliases = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            seen.add(canonical.toLowerCase(Locale.ROOT));
            for (String form : forms) {
                if (seen.add(form.toLowerCase(Locale.ROOT))) {
                    aliases.add(form);
                }
            }
            return new Entity(canonical, type, mentions, aliases);
        }
    }
}
