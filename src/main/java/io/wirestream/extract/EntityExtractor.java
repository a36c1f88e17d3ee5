package io.wirestream.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The extract stage's named-entity recognition: people, organisations and places of an
 * article's headline and body, each with its canonical name and every mention's offsets.
 *
 * <p>Per sentence: a casing check sends ALL CAPS and Title Case text to the odd-case engine,
 * the engine's answer is cached by sentence text, and the {@link #STANDARD_RULES span rules}
 * repair it in order. Per article: names the article uses are found again where the engine
 * missed them ({@link MentionPropagation}), and mentions are merged under canonical names
 * ({@link EntityMerger}). The models are loaded and warmed by the constructor. Thread-safe;
 * one instance serves all stream threads.
 */
public final class EntityExtractor {

    /** The span rules, in the order they run. */
    static final List<SpanRule> STANDARD_RULES = List.of(new SportSlugRule(), new DatelineRule(), new OrgHeadRule(), new HyphenJoinRule(), new OfPlaceRule(),
            new CreditRule(), new EventNameRule(), new DemonymRule(), new AliasTypeRule(), new CountryRule(),
            new CountryPairRule());
    /** Step name of {@link MentionPropagation}, for {@link #without}. */
    static final String PROPAGATION = "propagation";
    /** Step name of the merger's one type per name, for {@link #without}. */
    static final String TYPE_VOTE = "type-vote";
    /** Step name of the merger's joining a lone surname of another type to its person, for {@link #without}. */
    static final String SURNAME_JOIN = "surname-join";
    /** Step name of sending odd-cased sentences to the odd-case engine, for {@link #without}. */
    static final String ODD_CASE_ENGINE = "odd-case-engine";

    private static final List<Token> WARM_UP = List.of(new Token("Angela", 0, 6), new Token("Merkel", 7, 13),
            new Token("met", 14, 17), new Token("Siemens", 18, 25), new Token("in", 26, 28), new Token("Berlin", 29, 35),
            new Token(".", 35, 36));

    private final EntityRecognizer engine;
    private final EntityRecognizer oddCaseEngine;
    private final Cache<String, List<EntitySpan>> cache;
    private final List<SpanRule> rules;
    private final Set<String> off;

    /** A stage configured by engine names. */
    public EntityExtractor(ExtractConfig config) {
        this(EntityRecognizers.named(config.engine()), EntityRecognizers.named(config.oddCaseEngine()),
                config.cacheSize());
    }

    /**
     * A stage over the given engines, loaded and warmed before this returns.
     *
     * @param engine        engine for ordinary text
     * @param oddCaseEngine engine for ALL CAPS and Title Case sentences, or {@code null}
     * @param cacheSize     sentences kept in the cache; 0 for none
     */
    public EntityExtractor(EntityRecognizer engine, EntityRecognizer oddCaseEngine, long cacheSize) {
        this(engine, oddCaseEngine, newCache(cacheSize), STANDARD_RULES, Set.of());
        // The first record would otherwise pay the model load (seconds) inside its transaction.
        engine.recognize(WARM_UP);
        if (oddCaseEngine != null) {
            oddCaseEngine.recognize(WARM_UP);
        }
    }

    private EntityExtractor(EntityRecognizer engine, EntityRecognizer oddCaseEngine,
                            Cache<String, List<EntitySpan>> cache, List<SpanRule> rules, Set<String> off) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.oddCaseEngine = oddCaseEngine;
        this.cache = cache;
        this.rules = List.copyOf(rules);
        this.off = Set.copyOf(off);
    }

    private static Cache<String, List<EntitySpan>> newCache(long cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
        }
        return cacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(cacheSize).recordStats().build();
    }

    /** The stage with {@link ExtractConfig#defaults()}. */
    public static EntityExtractor withDefaults() {
        return new EntityExtractor(ExtractConfig.defaults());
    }

    /**
     * The same stage without one step (a name from {@link #steps()}), sharing engines and cache: what the step is worth is measured
     * this way.
     */
    EntityExtractor without(String step) {
        Set<String> names = new java.util.HashSet<>(off);
        names.add(step);
        return new EntityExtractor(engine, oddCaseEngine, cache,
                rules.stream().filter(r -> !r.name().equals(step)).toList(), names);
    }

    /** Names of the steps {@link #without} accepts. */
    List<String> steps() {
        List<String> names = new ArrayList<>(rules.stream().map(SpanRule::name).toList());
        names.addAll(List.of(PROPAGATION, TYPE_VOTE, SURNAME_JOIN, ODD_CASE_ENGINE));
        return names;
    }

    /** The article with its people, organisations and places set. */
    public Article extract(Article article) {
        Objects.requireNonNull(article, "article");
        List<FieldText> fields = List.of(FieldText.of(Entity.Mention.Field.HEADLINE, article.headline()),
                FieldText.of(Entity.Mention.Field.BODY, article.body()));
        List<Found> found = new ArrayList<>();
        Map<Entity.Mention.Field, Intervals> oddCaseMisc = new EnumMap<>(Entity.Mention.Field.class);
        for (FieldText f : fields) {
            Intervals misc = new Intervals();
            oddCaseMisc.put(f.field(), misc);
            for (Sentence s : f.sentences()) {
                recognize(f.field(), s, found, misc);
            }
        }
        if (!off.contains(PROPAGATION)) {
            found.addAll(MentionPropagation.find(fields, found, oddCaseMisc));
        }
        return article.withEntities(EntityMerger.merge(found, !off.contains(TYPE_VOTE), !off.contains(SURNAME_JOIN)));
    }

    /** Cache statistics since start (all zero when the cache is off). */
    public CacheStats cacheStats() {
        return cache == null ? CacheStats.empty() : cache.stats();
    }

    /**
     * Recognises one sentence into {@code out}; in ALL CAPS and Title Case sentences the MISC spans
     * go to {@code oddCaseMisc}, the only sign there that a name ("U.S. OPEN") is longer than a
     * name found elsewhere ("U.S.").
     */
    private void recognize(Entity.Mention.Field field, Sentence s, List<Found> out, Intervals oddCaseMisc) {
        EntityRecognizer rec = s.oddCase() && !off.contains(ODD_CASE_ENGINE) ? oddCaseEngine : engine;
        if (rec == null) {
            return;
        }
        List<EntitySpan> spans = recognizeCached(rec, s);
        for (SpanRule rule : rules) {
            spans = rule.apply(spans, s);
        }
        for (EntitySpan span : spans) {
            Entity.Type type = Labels.type(span.label());
            if (type == null && span.label() == EntitySpan.Label.MISC && s.oddCase()) {
                oddCaseMisc.add(span.start(), span.end());
            }
            if (type != null) {
                out.add(new Found(field, span.start(), span.end(), s.textOf(span), type,
                        s.tokensIn(span.start(), span.end()), s.oddCase(), s.listLine(), span.confidence()));
            }
        }
    }

    private List<EntitySpan> recognizeCached(EntityRecognizer rec, Sentence s) {
        List<Token> sentence = s.tokens();
        int base = sentence.get(0).start();
        int end = sentence.get(sentence.size() - 1).end();
        List<EntitySpan> relative;
        if (cache == null) {
            relative = recognizeAt(rec, sentence, base);
        } else {
            String key = rec.name() + '\u0000' + s.text().substring(base, end);
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
}
