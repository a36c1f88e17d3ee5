package io.wirestream.topology;

import java.util.function.UnaryOperator;

import io.wirestream.clean.Cleaner;
import io.wirestream.extract.TagSplitter;
import io.wirestream.geo.RegionClassifier;
import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Article;

/** The production stages with NER replaced, for tests that put many items through quickly. */
public final class NoNerStages {

    private NoNerStages() {
    }

    /** Real parse (with {@code maxItemBytes}), clean, tags and classify; {@code entities} instead of NER. */
    public static Stages with(int maxItemBytes, UnaryOperator<Article> entities) {
        FeedParser parser = new FeedParser(maxItemBytes);
        Cleaner cleaner = Cleaner.standard();
        TagSplitter tags = new TagSplitter();
        RegionClassifier regions = new RegionClassifier();
        return new Stages(parser::parse, cleaner::clean,
                article -> article.withTags(tags.split(article.item().rawTags(), article.headline() + "\n\n" + article.body())),
                entities, regions::classify);
    }
}
