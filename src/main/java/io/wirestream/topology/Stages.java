package io.wirestream.topology;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.wirestream.clean.Cleaner;
import io.wirestream.extract.EntityExtractor;
import io.wirestream.extract.ExtractConfig;
import io.wirestream.extract.TagSplitter;
import io.wirestream.geo.RegionClassifier;
import io.wirestream.ingest.FeedParser;
import io.wirestream.language.LanguageDetector;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.text.RulePacks;

/**
 * The plain-Java text stages the topology wires together; none of them knows Kafka.
 *
 * @param parse     raw record → feed item; throws on unusable input, which is dead-lettered
 * @param clean     feed item → cleaned article
 * @param tags      adds canonical tags (the extract stage's first half)
 * @param entities  adds named entities: people, organisations, places (its second half)
 * @param classify  adds places and desks
 * @param duplicate sees each duplicate on its way to {@code news.duplicates} (they skip the stages above);
 *                  identity unless something, such as the metrics, wants to watch them
 */
public record Stages(Parse parse, Function<FeedItem, Article> clean, UnaryOperator<Article> tags,
                     UnaryOperator<Article> entities, UnaryOperator<Article> classify,
                     UnaryOperator<Article> duplicate) {

    public Stages {
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(classify, "classify");
        Objects.requireNonNull(duplicate, "duplicate");
    }

    /** The text stages, with duplicates passed through untouched. */
    public Stages(Parse parse, Function<FeedItem, Article> clean, UnaryOperator<Article> tags,
                  UnaryOperator<Article> entities, UnaryOperator<Article> classify) {
        this(parse, clean, tags, entities, classify, UnaryOperator.identity());
    }

    /** The production stages with the default NER engines. */
    public static Stages standard() {
        return standard(ExtractConfig.defaults());
    }

    /** The production stages: resource tables and models are loaded once, here, and shared by every task. */
    public static Stages standard(ExtractConfig ner) {
        return standard(ner, FeedParser.DEFAULT_MAX_ITEM_BYTES);
    }

    /** As {@link #standard(ExtractConfig)}, refusing items over {@code maxItemBytes} at parse. */
    public static Stages standard(ExtractConfig ner, int maxItemBytes) {
        return standard(ner, maxItemBytes, RulePacks.bundled());
    }

    /**
     * As {@link #standard(ExtractConfig, int)}, the cleaner and the desks taking a newsroom's rule packs
     * ({@code --rules-dir}) on top of the bundled lists.
     */
    public static Stages standard(ExtractConfig ner, int maxItemBytes, RulePacks packs) {
        FeedParser parser = new FeedParser(maxItemBytes);
        Cleaner cleaner = Cleaner.standard(packs);
        // Before the models load: a bad desks row fails in a second, not after them.
        RegionClassifier regions = RegionClassifier.of(packs);
        TagSplitter tagSplitter = new TagSplitter();
        // One extractor (one model, one sentence cache) for every stream thread: it is thread-safe.
        EntityExtractor extractor = new EntityExtractor(ner);
        LanguageDetector languages = new LanguageDetector();
        return new Stages((key, value, contentType) -> languages.label(parser.parse(key, value, contentType)),
                cleaner::clean,
                article -> article.withTags(tagSplitter.split(article.item().rawTags(), article.headline() + "\n\n" + article.body())),
                // The NER models are English: other languages skip the stage (the output says so).
                article -> LanguageDetector.hasEntityModel(article.item().language()) ? extractor.extract(article) : article,
                regions::classify);
    }

    /** Turns one raw record into a feed item. */
    @FunctionalInterface
    public interface Parse {
        /**
         * @param key         the record key, or {@code null}
         * @param value       the record value
         * @param contentType the {@code content-type} header, or {@code null} to sniff
         */
        FeedItem parse(String key, byte[] value, String contentType);
    }
}
