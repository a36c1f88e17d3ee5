package io.wirestream.geo;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.text.RulePacks;
import io.wirestream.text.WordLists;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Assigns an article its places and desks from the place names in its dateline, headline and
 * body, resolved against the gazetteer with the article as context.
 *
 * <p>Mentions: one scan of the text for gazetteer names, reconciled with the extract stage's
 * entities, so both agree on what is a place: a name inside a person's name ("Michael
 * Jordan") is no place, a place the NER found that the scan missed counts, and a city name
 * that is also an ordinary word or first name ({@code common-words.txt}) counts only where the
 * NER tagged it as a place or the article's other places support it. A single word the
 * article also writes in lower case ("turkey", "china") is the common noun throughout.
 *
 * <p>Resolution, as CLAVIN does it: the dateline first, narrowed by its qualifier
 * ({@code Conn.}, {@code [India]}); a country's name or demonym beats a region or city of the
 * same name unless a place in that region is named too ("Georgia" with "Atlanta"); among cities,
 * the one in a country or admin-1 region other mentions name; then the most populous, with the
 * places of {@code news-places.tsv} first.
 *
 * <p>Scores: a dateline mention weighs {@value #DATELINE_WEIGHT}, a headline mention
 * {@value #HEADLINE_WEIGHT}, one in the first paragraph {@value #LEAD_WEIGHT}, one in the
 * second {@value #SECOND_WEIGHT} and later ones {@value #BODY_WEIGHT}. A desk's score is its
 * share of the weights; the primary desk has the highest score, ties going to the dateline's
 * desk, then the headline's; the article goes to every desk whose share reaches the threshold,
 * and to {@link Region#UNKNOWN} only when no place scores.
 */
public final class RegionClassifier {

    /** The default minimum share of weighted mentions for a desk to receive the article. */
    public static final double DEFAULT_THRESHOLD = 0.15;
    static final double DATELINE_WEIGHT = 4;
    static final double HEADLINE_WEIGHT = 3;
    static final double LEAD_WEIGHT = 2;
    static final double SECOND_WEIGHT = 1.5;
    static final double BODY_WEIGHT = 1;
    /** A city name outside the dateline needs this population to count without the NER's word. */
    static final int BIG_CITY = 200_000;
    static final int MAX_EVIDENCE = 12;
    private static final Pattern CURRENCY_AFTER =
            Pattern.compile("(?i)\\$|\\s+(?:dollars?|dlrs?|cents?|currency)\\b");
    private static final Set<String> COMMON_WORDS = WordLists.lowercaseSet(RegionClassifier.class, "common-words.txt");

    private final Gazetteer gazetteer;
    private final PlaceFinder finder;
    private final Desks desks;
    private final double threshold;

    /** A classifier over the standard gazetteer and desks with the default threshold. */
    public RegionClassifier() {
        this(Gazetteer.standard(), PlaceFinder.standard(), DEFAULT_THRESHOLD);
    }

    /**
     * A classifier over {@code gazetteer}; {@code threshold} is the minimum share, in (0, 1],
     * a desk needs to receive the article.
     */
    public RegionClassifier(Gazetteer gazetteer, PlaceFinder finder, double threshold) {
        this(gazetteer, finder, null, threshold);
    }

    private RegionClassifier(Gazetteer gazetteer, PlaceFinder finder, Desks desks, double threshold) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.desks = desks;
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * A classifier over the standard gazetteer whose desks come from {@code desksFile} (the
     * format of the bundled {@code desks.tsv}), so a newsroom can move a country without a rebuild.
     */
    public static RegionClassifier withDesks(Path desksFile, double threshold) {
        return new RegionClassifier(Gazetteer.standard(), PlaceFinder.standard(), Desks.load(desksFile), threshold);
    }

    /**
     * A classifier over the standard gazetteer with the desks of a newsroom's {@code desks.tsv} pack, if any,
     * checked at once: a row with an unknown desk or country fails here naming the pack file and line.
     */
    public static RegionClassifier of(RulePacks packs) {
        if (packs.pack("desks.tsv") == null) {
            return new RegionClassifier();
        }
        Desks desks = Desks.of(packs);
        Gazetteer gazetteer = Gazetteer.standard();
        for (String code : desks.overriddenCountries()) {
            if (gazetteer.country(code).isEmpty()) {
                throw new IllegalArgumentException(desks.origin(code) + ": override for unknown country code '" + code + "'");
            }
        }
        for (Country c : gazetteer.countries()) {
            desks.desk(c); // every country needs a desk: a replacing pack may leave a sub-region out
        }
        return new RegionClassifier(gazetteer, PlaceFinder.standard(), desks, DEFAULT_THRESHOLD);
    }

    /** The same classifier with another threshold. */
    public RegionClassifier withThreshold(double threshold) {
        return new RegionClassifier(gazetteer, finder, desks, threshold);
    }

    private Region desk(Country c) {
        return desks == null ? c.desk() : desks.desk(c);
    }

    /** The article with its places and region assignment set. */
    public Article classify(Article a) {
        Objects.requireNonNull(a, "article");
        List<Mention> mentions = new ArrayList<>();
        List<String> paragraphs = a.paragraphs();
        int skipLead = dateline(a, mentions);

        scan("headline", a.headline(), 0, HEADLINE_WEIGHT, entities(a, Entity.Mention.Field.HEADLINE), mentions);
        List<EntitySpan> bodyEntities = entities(a, Entity.Mention.Field.BODY);
        int offset = 0;
        // A dateline on a line of its own ("LONDON 1996-08-30") is no lead paragraph: the story's lead is the next.
        int lead = !paragraphs.isEmpty() && skipLead >= paragraphs.get(0).length() ? 1 : 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String para = paragraphs.get(p);
            double w = p <= lead ? LEAD_WEIGHT : p == lead + 1 ? SECOND_WEIGHT : BODY_WEIGHT;
            List<Mention> found = new ArrayList<>();
            scan("body", para, offset, w, bodyEntities, found);
            for (Mention m : found) {
                if (!(p == 0 && m.start - offset < skipLead)) {
                    mentions.add(m);
                }
            }
            offset += para.length() + 2;
        }
        dropCommonNouns(a, mentions);
        resolve(mentions);
        return a.withPlaces(places(mentions), assign(mentions));
    }

    // ---- finding -------------------------------------------------------------------------

    /** One place name in the article, its candidate entries and, once resolved, its entry. */
    private static final class Mention {
        final String field;
        final int start;
        final int end;
        final String text;
        final double weight;
        List<Gazetteer.Entry> candidates;
        Gazetteer.Entry chosen;
        String reason;

        Mention(String field, int start, int end, String text, double weight, List<Gazetteer.Entry> candidates) {
            this.field = field;
            this.start = start;
            this.end = end;
            this.text = text;
            this.weight = weight;
            this.candidates = candidates;
        }

        boolean dateline() {
            return "dateline".equals(field);
        }

        String key() {
            return Gazetteer.key(Gazetteer.normalise(text));
        }
    }

    /** Reads the dateline into {@code out}; returns how much of the first paragraph it covers. */
    private int dateline(Article a, List<Mention> out) {
        WireDateline stored = WireDateline.of(a.dateline()).orElse(null);
        String first = a.paragraphs().isEmpty() ? null : a.paragraphs().get(0);
        WireDateline lead = WireDateline.lead(first).orElse(null);
        WireDateline d = stored;
        // A town too small for the gazetteer still has a dateline when its state or country qualifies it:
        // "ARMONK, N.Y., Oct 17 -", the headquarters datelines of company news.
        if (lead != null && (!gazetteer.locations(lead.place()).isEmpty() || placesQualifier(lead.qualifier()))
                && (stored == null || Gazetteer.key(stored.place()).equals(Gazetteer.key(lead.place()))
                    || stored.qualifier() == null && lead.qualifier() != null
                       && Gazetteer.key(lead.place()).startsWith(Gazetteer.key(stored.place())))) {
            d = lead;
        }
        if (d == null) {
            return 0;
        }
        List<Gazetteer.Entry> candidates = datelineCandidates(d);
        String text = d.qualifier() == null ? d.place() : d.place() + ", " + d.qualifier();
        if (!candidates.isEmpty()) {
            Mention m = new Mention("dateline", 0, text.length(), text, DATELINE_WEIGHT, candidates);
            if (d.qualifier() != null && candidates.size() == 1) {
                m.chosen = candidates.get(0);
                m.reason = "dateline qualifier";
            }
            out.add(m);
        } else {
            // "Tokyo/Japan", "Kyiv, Ukraine": whatever names the dateline holds.
            List<Mention> found = new ArrayList<>();
            scan("dateline", a.dateline() == null ? text : a.dateline(), 0, DATELINE_WEIGHT, List.of(), found);
            out.addAll(found);
        }
        if (d == lead) {
            return d.end();
        }
        return first != null && d == stored && datelineAlone(first, d.place()) ? first.length() : 0;
    }

    private static final Pattern DATE_ALONE = Pattern.compile("(?i)[,\\s]*(?:\\d{4}-\\d{2}-\\d{2}|(?:" + WireDateline.MONTH
            + ")\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:" + WireDateline.MONTH + ")(?:,?\\s+\\d{4})?)[.\\s]*");

    /** Whether {@code paragraph} is the dateline's place and a date, and nothing else. */
    private static boolean datelineAlone(String paragraph, String place) {
        return paragraph.regionMatches(true, 0, place, 0, place.length())
                && DATE_ALONE.matcher(paragraph).region(place.length(), paragraph.length()).matches();
    }

    /** Whether a dateline's qualifier names a state, province or country. */
    private boolean placesQualifier(String qualifier) {
        return qualifier != null && (gazetteer.admin1OfQualifier(qualifier).isPresent()
                || gazetteer.lookup(qualifier).isPresent());
    }

    /** The entries a dateline place may be, narrowed by its qualifier. */
    private List<Gazetteer.Entry> datelineCandidates(WireDateline d) {
        List<Gazetteer.Entry> all = distinct(entriesOf(d.place()));
        if (d.qualifier() == null) {
            return all;
        }
        String admin1 = gazetteer.admin1OfQualifier(d.qualifier()).orElse(null);
        Country country = admin1 != null ? gazetteer.country(admin1.substring(0, 2)).orElse(null)
                : gazetteer.lookup(d.qualifier()).orElse(null);
        if (country == null) {
            return all;
        }
        List<Gazetteer.Entry> narrowed = new ArrayList<>();
        for (Gazetteer.Entry e : all) {
            Location l = e.location();
            if (l.country() == country && (admin1 == null || admin1.equals(l.admin1()))) {
                narrowed.add(e);
            }
        }
        if (narrowed.isEmpty()) {
            // A town too small for the table: its state or country still says where it is.
            Location where = admin1 != null
                    ? new Location(Location.Kind.ADMIN1, gazetteer.admin1Name(admin1).orElse(d.qualifier()), country, admin1, 0, 0, false)
                    : new Location(Location.Kind.COUNTRY, country.name(), country, null, 0, 0, true);
            narrowed.add(new Gazetteer.Entry(d.qualifier(), where, PlaceMention.Kind.ADMIN1, false, false));
        }
        narrowed.sort(Gazetteer::compareEntries);
        return narrowed.subList(0, 1);
    }

    private List<Gazetteer.Entry> entriesOf(String name) {
        Gazetteer.Entry[] entries = gazetteer.entries(Gazetteer.key(Gazetteer.normalise(name).trim()));
        List<Gazetteer.Entry> out = new ArrayList<>();
        if (entries != null) {
            for (Gazetteer.Entry e : entries) {
                if (e.location() != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** A named entity's mention in one field, with the entity's type. */
    private record EntitySpan(Entity.Type type, int start, int end, String text) {
    }

    private static List<EntitySpan> entities(Article a, Entity.Mention.Field field) {
        List<EntitySpan> out = new ArrayList<>();
        for (Entity e : a.entities()) {
            for (Entity.Mention m : e.mentions()) {
                if (m.field() == field) {
                    out.add(new EntitySpan(e.type(), m.start(), m.end(), m.text()));
                }
            }
        }
        return out;
    }

    /**
     * The place names of one text: the gazetteer scan, less names inside a person's name, plus
     * the NER's places the scan missed.
     */
    private void scan(String field, String text, int offset, double weight, List<EntitySpan> entities,
                      List<Mention> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        List<PlaceFinder.Match> matches = finder.matches(text);
        for (PlaceFinder.Match m : matches) {
            int start = m.start() + offset;
            int end = m.end() + offset;
            if (overlaps(entities, Entity.Type.PERSON, start, end)) {
                continue;
            }
            // "U.S. dlrs", "US$", "the Canadian dollar": a currency's name says nothing of where the story is.
            if (CURRENCY_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            // "American Express", "Anglo American": a demonym inside a company's name says little.
            if (overlaps(entities, Entity.Type.ORGANISATION, start, end)
                    && m.entries().stream().allMatch(e -> e.kind() == PlaceMention.Kind.DEMONYM)) {
                continue;
            }
            boolean nerPlace = overlaps(entities, Entity.Type.PLACE, start, end);
            boolean tailOfLongerName = tailOfLongerPlace(entities, start, end);
            boolean inOrganisation = insideOrganisationName(entities, start, end);
            boolean organisationNamed = overlaps(entities, Entity.Type.ORGANISATION, start, end);
            List<Gazetteer.Entry> kept = new ArrayList<>(m.entries().size());
            for (Gazetteer.Entry e : m.entries()) {
                if (tailOfLongerName && (e.kind() == PlaceMention.Kind.CITY || e.kind() == PlaceMention.Kind.ADMIN1)) {
                    continue;
                }
                // "Trades Union Congress", "Organisation of African Unity", "Kansas State University": a town or
                // province inside an organisation's name, after its first word, is a word of that name. One that opens
                // the name is mostly the organisation's home ("Georgia Power", "Texas Instruments"); a country, or a
                // city the news names by itself, says where the story is wherever it stands.
                if (inOrganisation && (e.kind() == PlaceMention.Kind.ADMIN1
                        || e.kind() == PlaceMention.Kind.CITY && !standsAlone(e))) {
                    continue;
                }
                // The NER read the name as an organisation ("Delta" the airline, not Nigeria's Delta State): a
                // province or lesser town then counts only where the article's other places support it.
                boolean organisation = organisationNamed && !nerPlace && (e.kind() == PlaceMention.Kind.ADMIN1
                        || e.kind() == PlaceMention.Kind.CITY && !standsAlone(e));
                if (!organisation
                        && (e.kind() != PlaceMention.Kind.CITY || nerPlace || "dateline".equals(field) || standsAlone(e))) {
                    kept.add(e);
                } else if (organisation || COMMON_WORDS.contains(e.written().toLowerCase(Locale.ROOT))
                        || e.location().population() > 0) {
                    // Kept aside: counts only if context supports it (see resolve).
                    kept.add(new Gazetteer.Entry(e.written(), e.location(), e.kind(), e.acronym(), true));
                }
            }
            kept = distinct(kept);
            if (!kept.isEmpty()) {
                Mention mention = new Mention(field, start, end, m.text(), weight, kept);
                mention.reason = nerPlace ? "ner" : null;
                out.add(mention);
            }
        }
        for (EntitySpan e : entities) {
            if (e.type() != Entity.Type.PLACE || e.start() < offset || e.end() > offset + text.length()) {
                continue;
            }
            boolean covered = false;
            for (PlaceFinder.Match m : matches) {
                if (m.start() + offset < e.end() && e.start() < m.end() + offset) {
                    covered = true;
                    break;
                }
            }
            // The caseless model tags "china" in a Title Case headline: a place name needs its capital.
            boolean capital = !e.text().isEmpty() && Character.isUpperCase(e.text().charAt(0));
            List<Gazetteer.Entry> entries = covered || !capital ? List.of() : distinct(entriesOf(e.text()));
            if (!entries.isEmpty()) {
                out.add(new Mention(field, e.start(), e.end(), e.text(), weight, entries));
            }
        }
    }

    /** A city the news names without help: a news place, or a big city whose name is no ordinary word. */
    private static boolean standsAlone(Gazetteer.Entry e) {
        return e.location().news()
                || e.location().population() >= BIG_CITY && !COMMON_WORDS.contains(e.written().toLowerCase(Locale.ROOT));
    }

    /** Whether {@code [start, end)} lies inside an organisation's name the NER found, after its first word. */
    private static boolean insideOrganisationName(List<EntitySpan> entities, int start, int end) {
        for (EntitySpan e : entities) {
            if (e.type() == Entity.Type.ORGANISATION && e.start() < start && end <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /** One entry per location, the first (most prominent) written form. */
    private static List<Gazetteer.Entry> distinct(List<Gazetteer.Entry> entries) {
        List<Gazetteer.Entry> out = new ArrayList<>(entries.size());
        java.util.Set<Location> seen = new java.util.HashSet<>();
        for (Gazetteer.Entry e : entries) {
            if (seen.add(e.location())) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Words that narrow a place rather than name another: "East Jerusalem", "Greater Cairo", "Old Delhi", and the
     * administrative words that name the area of the place itself, "County Durham", "City of London".
     */
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?|central|upper|lower|greater|old|new"
                    + "|downtown|inner|outer|metro(?:politan)?|county|province|state|region|district|city");
    private static final Pattern ADMIN_WORD = Pattern.compile(
            "(?i)county|province|state|region|district|city|republic|kingdom");

    /**
     * Whether {@code [start, end)} is the last words of a longer place the NER found, after words that are not
     * a qualifier: "Sabha" in "Rajya Sabha", "Victoria" in "Lake Victoria", "David" in "Camp David". The name is
     * then part of another place's name, not a mention of the town or province it also names; a country's name
     * still counts ("Gulf of Mexico").
     */
    private static boolean tailOfLongerPlace(List<EntitySpan> entities, int start, int end) {
        for (EntitySpan e : entities) {
            if (e.type() != Entity.Type.PLACE || e.start() >= start || e.end() < end) {
                continue;
            }
            String before = e.text().substring(0, Math.min(e.text().length(), start - e.start())).strip();
            String previous = "";
            for (String word : before.split("\\s+")) {
                boolean narrows = QUALIFIER.matcher(word).matches()
                        || word.equalsIgnoreCase("of") && ADMIN_WORD.matcher(previous).matches();
                if (!word.isEmpty() && !narrows) {
                    return true;
                }
                previous = word;
            }
        }
        return false;
    }

    private static boolean overlaps(List<EntitySpan> entities, Entity.Type type, int start, int end) {
        for (EntitySpan e : entities) {
            if (e.type() == type && e.start() < end && start < e.end()) {
                return true;
            }
        }
        return false;
    }

    /** "turkey" or "china" in lower case anywhere in the article: that word is the common noun, also as "TURKEY". */
    private static void dropCommonNouns(Article a, List<Mention> mentions) {
        Set<String> lowerWords = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            // An acronym ("US") is no common noun; a word in capitals ("COCOA" in a capitals headline) may be one.
            if (m.dateline() || m.text.indexOf(' ') >= 0 || m.candidates.stream().anyMatch(Gazetteer.Entry::acronym)) {
                continue;
            }
            if (lowerWords == null) {
                lowerWords = lowerCaseWords(a.headline() + "\n" + a.body());
            }
            if (lowerWords.contains(m.text.toLowerCase(Locale.ROOT))) {
                mentions.remove(i);
            }
        }
    }

    /** Every word the text writes entirely in lower case. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new java.util.HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean lower = true;
            while (end < n && Character.isLetter(text.charAt(end))) {
                lower &= Character.isLowerCase(text.charAt(end));
                end++;
            }
            if (lower) {
                words.add(text.substring(i, end));
            }
            i = end;
        }
        return words;
    }

    // ---- resolving -----------------------------------------------------------------------

    private void resolve(List<Mention> mentions) {
        // Context: the countries and admin-1 regions of mentions that can mean one country only,
        // kept per name so that a name never supports itself ("Paris" twice is not evidence for France).
        Map<String, Map<Object, Double>> byName = new HashMap<>();
        Country datelineCountry = null;
        for (Mention m : mentions) {
            // The dateline is read first: its most prominent candidate (London, England, before London, Ontario)
            // is the context of the rest, as an editor reads "LONDON" before "Westminster".
            Gazetteer.Entry only = m.chosen != null ? m.chosen : single(m);
            if (only == null && m.dateline() && !m.candidates.isEmpty()) {
                only = m.candidates.get(0);
            }
            if (only != null) {
                Map<Object, Double> support = byName.computeIfAbsent(m.key(), k -> new HashMap<>());
                support.merge(only.location().country(), m.weight, Double::sum);
                if (only.location().admin1() != null) {
                    support.merge(only.location().admin1(), m.weight, Double::sum);
                }
                if (m.dateline()) {
                    datelineCountry = only.location().country();
                }
            }
        }
        Map<Object, Double> all = new HashMap<>();
        byName.values().forEach(v -> v.forEach((k, w) -> all.merge(k, w, Double::sum)));
        for (Mention m : mentions) {
            if (m.chosen != null) {
                continue;
            }
            Map<Object, Double> own = byName.getOrDefault(m.key(), Map.of());
            Gazetteer.Entry best = null;
            double bestSupport = -1;
            long topProminence = m.candidates.isEmpty() ? 0 : Gazetteer.prominence(m.candidates.get(0));
            for (Gazetteer.Entry e : m.candidates) {
                Location l = e.location();
                double c = all.getOrDefault(l.country(), 0.0) - own.getOrDefault(l.country(), 0.0);
                double r = l.admin1() == null || l.kind() == Location.Kind.COUNTRY ? 0
                        : all.getOrDefault(l.admin1(), 0.0) - own.getOrDefault(l.admin1(), 0.0);
                // Naming a country is weak evidence for a town a twentieth the size of its namesake.
                boolean comparable = Gazetteer.prominence(e) * 20 >= topProminence;
                double support = 3 * r + (comparable ? c + (l.country() == datelineCountry ? 1 : 0) : 0)
                        + (l.news() && l.kind() != Location.Kind.COUNTRY ? 2 : 0);
                // On a tie, a place by its own name beats one by an alternate name ("White House": Casablanca's).
                if (support > bestSupport || support == bestSupport && best != null && best.alternate() && !e.alternate()) {
                    best = e;
                    bestSupport = support;
                }
            }
            Gazetteer.Entry first = null;
            for (Gazetteer.Entry e : m.candidates) {
                if (!e.alternate() || e.location().kind() != Location.Kind.CITY) {
                    first = e;
                    break;
                }
            }
            Location top = first == null ? null : first.location();
            if (top != null && top.kind() == Location.Kind.COUNTRY) {
                // A country's name wins unless a place in the rival's own region is named too.
                boolean regional = best != null && best.location().kind() != Location.Kind.COUNTRY
                        && best.location().admin1() != null
                        && all.getOrDefault(best.location().admin1(), 0.0) - own.getOrDefault(best.location().admin1(), 0.0) > 0
                        && best.location().country() != top.country();
                m.chosen = regional ? best : first;
                m.reason = regional ? "context" : first.kind() == PlaceMention.Kind.DEMONYM ? "demonym" : "country name";
            } else if (bestSupport > 0) {
                m.chosen = best;
                m.reason = m.candidates.size() == 1 ? "only candidate" : "context";
            } else if (first != null && (m.dateline() || m.reason != null && m.reason.equals("ner") || !first.alternate())) {
                m.chosen = first;
                m.reason = m.candidates.size() == 1 ? "only candidate" : first.location().news() ? "news place" : "population";
            }
            if (m.chosen != null && m.reason == null) {
                m.reason = "only candidate";
            }
        }
        mentions.removeIf(m -> m.chosen == null);
        for (Mention m : mentions) {
            if (m.reason == null || m.reason.equals("ner")) {
                m.reason = m.candidates.size() == 1 ? "only candidate" : "population";
            }
        }
    }

    /**
     * The one entry a mention can be when all its candidates lie in one country, else {@code null}. A city named
     * by an alternate name is never the one, and makes no rival when it is the smaller place (Liverpool in New
     * South Wales beside Liverpool, England); when it is the bigger, it does: "Westminster" in a London story is
     * no evidence for the Westminsters of Colorado and California.
     */
    private static Gazetteer.Entry single(Mention m) {
        Gazetteer.Entry first = null;
        long biggest = 0;
        List<Gazetteer.Entry> alternates = new ArrayList<>();
        for (Gazetteer.Entry e : m.candidates) {
            if (m.candidates.size() > 1 && e.alternate() && e.location().kind() == Location.Kind.CITY) {
                alternates.add(e);
                continue;
            }
            biggest = Math.max(biggest, Gazetteer.prominence(e));
            if (first == null) {
                first = e;
            } else if (first.location().country() != e.location().country()) {
                return null;
            }
        }
        for (Gazetteer.Entry e : alternates) {
            if (first != null && Gazetteer.prominence(e) >= biggest && e.location().country() != first.location().country()) {
                return null;
            }
        }
        return first != null && !(first.alternate() && first.kind() == PlaceMention.Kind.CITY && !m.dateline()) ? first : null;
    }

    // ---- scoring -------------------------------------------------------------------------

    private List<Place> places(List<Mention> mentions) {
        Map<Location, int[]> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            counts.computeIfAbsent(m.chosen.location(), k -> new int[1])[0]++;
        }
        List<Place> places = new ArrayList<>();
        counts.forEach((l, n) -> places.add(new Place(l.name(), l.country().code(), desk(l.country()), n[0],
                l.admin1(), l.geonameId())));
        places.sort(Comparator.comparingInt(Place::mentions).reversed().thenComparing(Place::name));
        return places;
    }

    private RegionAssignment assign(List<Mention> mentions) {
        Map<Region, Double> weights = new EnumMap<>(Region.class);
        double total = 0;
        Region datelineDesk = null;
        Region headlineDesk = null;
        List<RegionAssignment.Evidence> evidence = new ArrayList<>();
        for (Mention m : mentions) {
            Location l = m.chosen.location();
            Region desk = desk(l.country());
            if (desk == Region.UNKNOWN) {
                continue;
            }
            weights.merge(desk, m.weight, Double::sum);
            total += m.weight;
            if (m.dateline() && datelineDesk == null) {
                datelineDesk = desk;
            } else if ("headline".equals(m.field) && headlineDesk == null) {
                headlineDesk = desk;
            }
            evidence.add(new RegionAssignment.Evidence(m.text, m.field, l.name(), l.country().code(), desk,
                    m.weight, m.reason));
        }
        if (total == 0) {
            return RegionAssignment.unknown();
        }
        Map<Region, Double> scores = new EnumMap<>(Region.class);
        for (Map.Entry<Region, Double> e : weights.entrySet()) {
            scores.put(e.getKey(), e.getValue() / total);
        }
        Region dl = datelineDesk;
        Region hl = headlineDesk;
        List<Region> ranked = new ArrayList<>(scores.keySet());
        // Ties go to the dateline's desk, then the headline's, then desk order (EnumMap order, stable sort).
        ranked.sort(Comparator.comparing((Region r) -> scores.get(r), Comparator.reverseOrder())
                .thenComparing(r -> r == dl ? 0 : r == hl ? 1 : 2));
        Region primary = ranked.get(0);
        List<Region> desks = new ArrayList<>();
        desks.add(primary);
        for (Region r : ranked.subList(1, ranked.size())) {
            if (scores.get(r) >= threshold - 1e-9) {
                desks.add(r);
            }
        }
        evidence.sort(Comparator.comparingDouble(RegionAssignment.Evidence::weight).reversed());
        return new RegionAssignment(primary, desks, scores,
                evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence);
    }
}
