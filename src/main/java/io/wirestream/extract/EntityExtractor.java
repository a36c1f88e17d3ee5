package io.wirestream.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.wirestream.geo.Country;
import io.wirestream.geo.Gazetteer;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.text.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The extract stage's named-entity recognition: people, organisations and places of an
 * article's headline and body, each with its canonical name and every mention's offsets.
 *
 * <p>Per sentence: a casing check sends ALL CAPS and Title Case text to the odd-case engine,
 * the engine's answer is cached by sentence text, and demonym-plus-"Embassy" style phrases
 * become organisations. Per article: agency credits are dropped, names the article uses are
 * found again where the engine missed them, and mentions are merged under canonical names.
 * Thread-safe; one instance serves all stream threads.
 */
public final class EntityExtractor {

    static final String HEADLINE = "headline";
    static final String BODY = "body";

    private static final List<List<String>> ORG_HEADS = WordLists.lines(EntityExtractor.class, "org-heads.txt").stream()
            .map(l -> List.of(l.split("\\s+"))).sorted(Comparator.comparingInt((List<String> l) -> l.size()).reversed())
            .toList();
    private static final Map<String, String> DEMONYMS = loadDemonyms();
    private static final Set<String> COUNTRIES = loadCountryNames();
    private static final List<List<String>> EVENT_HEADS = WordLists.lines(EntityExtractor.class, "event-heads.txt")
            .stream().map(l -> List.of(l.split("\\s+"))).toList();

    private final EntityRecognizer engine;
    private final EntityRecognizer oddCaseEngine;
    private final Cache<String, List<EntitySpan>> cache;

    /** A stage configured by engine names. */
    public EntityExtractor(ExtractConfig config) {
        this(EntityRecognizers.named(config.engine()), EntityRecognizers.named(config.oddCaseEngine()),
                config.cacheSize());
    }

    /**
     * A stage over the given engines.
     *
     * @param engine        engine for ordinary text
     * @param oddCaseEngine engine for ALL CAPS and Title Case sentences, or {@code null}
     * @param cacheSize     sentences kept in the cache; 0 for none
     */
    public EntityExtractor(EntityRecognizer engine, EntityRecognizer oddCaseEngine, long cacheSize) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.oddCaseEngine = oddCaseEngine;
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
        }
        this.cache = cacheSize == 0 ? null
                : Caffeine.newBuilder().maximumSize(cacheSize).recordStats().build();
    }

    /** The stage with {@link ExtractConfig#defaults()}. */
    public static EntityExtractor withDefaults() {
        return new EntityExtractor(ExtractConfig.defaults());
    }

    /** The article with its people, organisations and places set. */
    public Article extract(Article article) {
        return extractDetailed(article).article();
    }

    /** The article with its entities set, and the demonyms found beside them. */
    public Extraction extractDetailed(Article article) {
        Objects.requireNonNull(article, "article");
        List<Field> fields = List.of(new Field(HEADLINE, article.headline()), new Field(BODY, article.body()));
        List<Found> found = new ArrayList<>();
        for (Field f : fields) {
            recognize(f, found);
        }
        propagate(fields, found);
        List<Entity> entities = EntityMerger.merge(found);
        return new Extraction(article.withEntities(entities), demonyms(fields));
    }

    /** Cache statistics since start (all zero when the cache is off). */
    public CacheStats cacheStats() {
        return cache == null ? CacheStats.empty() : cache.stats();
    }

    // ---- per sentence -------------------------------------------------------------------

    private void recognize(Field f, List<Found> out) {
        for (int s = 0; s < f.sentences.size(); s++) {
            List<Token> sentence = f.sentences.get(s);
            EntityRecognizer rec = f.odd[s] ? oddCaseEngine : engine;
            if (rec == null) {
                continue;
            }
            List<EntitySpan> spans = joinOfPlace(joinHyphenated(
                    extendOrgHeads(recognizeCached(rec, f.text, sentence), sentence, f.odd[s]), f.text), f.text);
            for (EntitySpan span : spans) {
                Entity.Type type = switch (span.label()) {
                    case PERSON -> Entity.Type.PERSON;
                    case ORGANISATION -> Entity.Type.ORGANISATION;
                    case PLACE -> Entity.Type.PLACE;
                    case MISC -> null;
                };
                String text = f.text.substring(span.start(), span.end());
                if (type == null || f.credits.overlaps(span.start(), span.end())
                        || (type == Entity.Type.PERSON && namesAnEvent(sentence, span, f.odd[s]))
                        || (type == Entity.Type.PLACE && DEMONYMS.containsKey(text.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                EntityMerger.Alias alias = EntityMerger.alias(text);
                if (alias != null) {
                    type = alias.type();
                } else if (type == Entity.Type.ORGANISATION && COUNTRIES.contains(text.toLowerCase(Locale.ROOT))) {
                    // A country's name alone is the place ("central Philippines"), whatever the model guessed.
                    type = Entity.Type.PLACE;
                }
                out.add(new Found(f.name, span.start(), span.end(), text, type,
                        tokensIn(sentence, span.start(), span.end()), f.odd[s]));
            }
        }
    }

    private List<EntitySpan> recognizeCached(EntityRecognizer rec, String text, List<Token> sentence) {
        int base = sentence.get(0).start();
        int end = sentence.get(sentence.size() - 1).end();
        List<EntitySpan> relative;
        if (cache == null) {
            relative = recognizeAt(rec, sentence, base);
        } else {
            String key = rec.name() + '\u0000' + text.substring(base, end);
            relative = cache.get(key, k -> recognizeAt(rec, sentence, base));
        }
        if (base == 0) {
            return relative;
        }
        List<EntitySpan> spans = new ArrayList<>(relative.size());
        for (EntitySpan span : relative) {
            spans.add(span.shift(base));
        }
        return spans;
    }

    private static List<EntitySpan> recognizeAt(EntityRecognizer rec, List<Token> sentence, int base) {
        List<Token> local = new ArrayList<>(sentence.size());
        for (Token t : sentence) {
            local.add(t.shift(-base));
        }
        return List.copyOf(rec.recognize(local));
    }

    /** "Russian" + "Embassy", "Japan" + "Coast Guard": the whole is an organisation. */
    private static List<EntitySpan> extendOrgHeads(List<EntitySpan> spans, List<Token> sentence, boolean odd) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        int next = 0;
        for (int k = 0; k < spans.size(); k++) {
            EntitySpan span = spans.get(k);
            if ((span.label() == EntitySpan.Label.MISC || span.label() == EntitySpan.Label.PLACE)
                    && endsWithOrgHead(sentence, span, odd)) {
                span = new EntitySpan(span.start(), span.end(), EntitySpan.Label.ORGANISATION);
            } else if (span.label() == EntitySpan.Label.MISC || span.label() == EntitySpan.Label.PLACE) {
                int last = lastTokenEndingAt(sentence, span.end(), next);
                int limit = k + 1 < spans.size() ? spans.get(k + 1).start() : Integer.MAX_VALUE;
                if (last >= 0) {
                    for (List<String> head : ORG_HEADS) {
                        if (matchesAt(sentence, last + 1, head, odd)
                                && sentence.get(last + head.size()).end() <= limit) {
                            span = new EntitySpan(span.start(), sentence.get(last + head.size()).end(),
                                    EntitySpan.Label.ORGANISATION);
                            break;
                        }
                    }
                }
            }
            out.add(span);
        }
        return out;
    }

    /** "Russia Council": a place or MISC span whose last words are an organisation head. */
    private static boolean endsWithOrgHead(List<Token> sentence, EntitySpan span, boolean odd) {
        List<Token> tokens = tokensIn(sentence, span.start(), span.end());
        for (List<String> head : ORG_HEADS) {
            int at = tokens.size() - head.size();
            // The head alone is not a name: "Council" by itself stays what the engine said.
            if (at >= 1 && matchesAt(tokens, at, head, odd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NATO-Russia Council": spans joined by a hyphen with no space, the last an organisation,
     * are one organisation. "Russia-Ukraine" (two places) stays two.
     */
    private static List<EntitySpan> joinHyphenated(List<EntitySpan> spans, String text) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && span.label() == EntitySpan.Label.ORGANISATION
                    && out.get(last).label() != EntitySpan.Label.PERSON
                    && out.get(last).end() + 1 == span.start() && isHyphen(text.charAt(out.get(last).end()))) {
                out.set(last, new EntitySpan(out.get(last).start(), span.end(), EntitySpan.Label.ORGANISATION));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * "Election Commission" + "of" + "Pakistan", "Bank" + "of the" + "Republic of Turkey": an
     * organisation named after a place is one organisation, as newswire annotation has it.
     */
    private static List<EntitySpan> joinOfPlace(List<EntitySpan> spans, String text) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).label() == EntitySpan.Label.ORGANISATION
                    && (span.label() == EntitySpan.Label.PLACE || span.label() == EntitySpan.Label.ORGANISATION)) {
                String between = text.substring(out.get(last).end(), span.start());
                if (between.equals(" of ") || between.equals(" of the ")) {
                    out.set(last, new EntitySpan(out.get(last).start(), span.end(), EntitySpan.Label.ORGANISATION));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** "Typhoon Haiyan", "Hurricane Katrina": the name of an event, which ninjs has no place for. */
    private static boolean namesAnEvent(List<Token> sentence, EntitySpan span, boolean odd) {
        int first = -1;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).start() >= span.start()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        for (List<String> head : EVENT_HEADS) {
            // The head just before the name, or the span starting with it.
            if (first - head.size() >= 0 && matchesAt(sentence, first - head.size(), head, odd)) {
                return true;
            }
            if (matchesAt(sentence, first, head, odd) && sentence.get(first + head.size() - 1).end() < span.end()) {
                return true;
            }
        }
        return false;
    }

    private static int lastTokenEndingAt(List<Token> sentence, int end, int from) {
        for (int i = from; i < sentence.size(); i++) {
            if (sentence.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<Token> sentence, int at, List<String> words, boolean ignoreCase) {
        if (at + words.size() > sentence.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = sentence.get(at + i).word();
            if (ignoreCase ? !w.equalsIgnoreCase(words.get(i)) : !w.equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Token> tokensIn(List<Token> sentence, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : sentence) {
            if (t.start() >= start && t.end() <= end) {
                tokens.add(t);
            }
        }
        return tokens.isEmpty() ? List.of(new Token("", start, end)) : tokens;
    }

    // ---- per article ----------------------------------------------------------------------

    /**
     * Finds again, where the engine missed them, the names it found elsewhere in the article,
     * and the surnames of the people it found; in ALL CAPS and Title Case sentences regardless
     * of case, elsewhere only as written and not inside a longer capitalised name.
     */
    private static void propagate(List<Field> fields, List<Found> found) {
        Map<String, List<Candidate>> byFirst = new HashMap<>();
        Map<String, Entity.Type> typeOf = new HashMap<>();
        Set<String> conflicting = new java.util.HashSet<>();
        for (Found f : found) {
            String key = joinLower(f.tokens());
            Entity.Type prev = typeOf.putIfAbsent(key, f.type());
            if (prev != null && prev != f.type()) {
                conflicting.add(key);
            }
        }
        for (Found f : found) {
            List<String> words = f.tokens().stream().map(Token::word).toList();
            String key = joinLower(f.tokens());
            if (conflicting.contains(key) || f.text().length() < 3 || !Character.isUpperCase(f.text().charAt(0))) {
                continue;
            }
            addCandidate(byFirst, new Candidate(words, f.type()));
            EntityMerger.Alias alias = EntityMerger.alias(f.text());
            if (alias != null) {
                addCandidate(byFirst, new Candidate(List.of(alias.canonical().split("\\s+")), alias.type()));
                for (String name : alias.names()) {
                    if (name.length() >= 3) {
                        addCandidate(byFirst, new Candidate(List.of(name.split("\\s+")), alias.type()));
                    }
                }
            }
            if (f.type() == Entity.Type.PERSON && words.size() > 1) {
                String surname = words.get(words.size() - 1);
                String lower = surname.toLowerCase(Locale.ROOT);
                Entity.Type other = typeOf.get(lower);
                if (surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))
                        && (other == null || other == Entity.Type.PERSON)) {
                    addCandidate(byFirst, new Candidate(List.of(surname), Entity.Type.PERSON));
                }
            }
        }
        if (byFirst.isEmpty()) {
            return;
        }
        for (List<Candidate> list : byFirst.values()) {
            list.sort(Comparator.comparingInt((Candidate c) -> c.words.size()).reversed());
        }
        List<Found> added = new ArrayList<>();
        for (Field f : fields) {
            Intervals covered = new Intervals();
            for (Found x : found) {
                if (x.field().equals(f.name) && !covered.overlaps(x.start(), x.end())) {
                    covered.add(x.start(), x.end());
                }
            }
            for (int s = 0; s < f.sentences.size(); s++) {
                List<Token> sentence = f.sentences.get(s);
                boolean odd = f.odd[s];
                for (int i = 0; i < sentence.size(); i++) {
                    List<Candidate> candidates = byFirst.get(sentence.get(i).word().toLowerCase(Locale.ROOT));
                    if (candidates == null) {
                        continue;
                    }
                    for (Candidate c : candidates) {
                        int n = c.words.size();
                        if (!matchesAt(sentence, i, c.words, odd)) {
                            continue;
                        }
                        int start = sentence.get(i).start();
                        int end = sentence.get(i + n - 1).end();
                        if (covered.overlaps(start, end) || f.credits.overlaps(start, end)) {
                            break;
                        }
                        if (!odd && (capitalisedWord(sentence, i - 1) && i - 1 > 0 || capitalisedWord(sentence, i + n))) {
                            break;
                        }
                        added.add(new Found(f.name, start, end, f.text.substring(start, end), c.type,
                                List.copyOf(sentence.subList(i, i + n)), odd));
                        covered.add(start, end);
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        found.addAll(added);
    }

    private static void addCandidate(Map<String, List<Candidate>> byFirst, Candidate c) {
        List<Candidate> list = byFirst.computeIfAbsent(c.words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        for (Candidate x : list) {
            if (x.words.equals(c.words)) {
                return;
            }
        }
        list.add(c);
    }

    private static boolean capitalisedWord(List<Token> sentence, int i) {
        if (i < 0 || i >= sentence.size()) {
            return false;
        }
        String w = sentence.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String joinLower(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private static List<CountryHint> demonyms(List<Field> fields) {
        List<CountryHint> hints = new ArrayList<>();
        for (Field f : fields) {
            for (int s = 0; s < f.sentences.size(); s++) {
                List<Token> sentence = f.sentences.get(s);
                for (int i = 0; i < sentence.size(); i++) {
                    String w = sentence.get(i).word();
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                        continue;
                    }
                    int n = 1;
                    String country = null;
                    if (i + 1 < sentence.size()) {
                        country = DEMONYMS.get((w + " " + sentence.get(i + 1).word()).toLowerCase(Locale.ROOT));
                        n = 2;
                    }
                    if (country == null) {
                        country = DEMONYMS.get(w.toLowerCase(Locale.ROOT));
                        n = 1;
                    }
                    if (country == null) {
                        continue;
                    }
                    int start = sentence.get(i).start();
                    int end = sentence.get(i + n - 1).end();
                    if (!f.credits.overlaps(start, end)) {
                        hints.add(new CountryHint(country,
                                new Entity.Mention(f.name, start, end, f.text.substring(start, end))));
                    }
                    i += n - 1;
                }
            }
        }
        return hints;
    }

    /** Lower-cased demonym ({@code "south african"}) to country name, from the gazetteer's table. */
    /** Country names and aliases as the gazetteer lists them, lower-cased. */
    private static Set<String> loadCountryNames() {
        Set<String> names = new HashSet<>();
        for (Country c : Gazetteer.standard().countries()) {
            names.add(c.name().toLowerCase(Locale.ROOT));
            c.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(names);
    }

    private static Map<String, String> loadDemonyms() {
        Map<String, String> map = new HashMap<>();
        for (Country c : Gazetteer.standard().countries()) {
            for (String demonym : c.demonyms()) {
                map.put(demonym.toLowerCase(Locale.ROOT), c.name());
            }
        }
        return Map.copyOf(map);
    }

    /** A name to look for again, as words. */
    private record Candidate(List<String> words, Entity.Type type) {
    }

    /** One field of the article, segmented once. */
    private static final class Field {
        final String name;
        final String text;
        final List<List<Token>> sentences;
        final boolean[] odd;
        final Intervals credits;

        Field(String name, String text) {
            this.name = name;
            this.text = text == null ? "" : text;
            this.sentences = TextSegmenter.sentences(this.text);
            this.odd = new boolean[sentences.size()];
            for (int i = 0; i < odd.length; i++) {
                odd[i] = HEADLINE.equals(name) ? CasingCheck.isOddHeadline(sentences.get(i))
                        : CasingCheck.isOdd(sentences.get(i));
            }
            this.credits = CreditFilter.credits(this.text);
        }
    }
}
