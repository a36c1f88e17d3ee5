package io.wirestream.geo;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import java.util.List;
import java.util.Map;

/** Articles for the geo tests, built the way the clean stage builds them. */
final class GeoArticles {

    private GeoArticles() {
    }

    static Article article(String dateline, String headline, String... paragraphs) {
        FeedItem item = new FeedItem("id-1", "Reuters", headline, null, dateline, List.of(paragraphs), null,
                null, null, null, List.of(), Map.of(), FeedItem.SourceFormat.JSON);
        return Article.cleaned(item, List.of(paragraphs), headline, null, List.of());
    }
}
