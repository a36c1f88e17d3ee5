package io.wirestream.dedupe;

import java.time.Duration;
import java.util.List;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks copies of a body another id published within the horizon; expects records keyed by
 * content hash so every copy of one text meets on one task whatever partition it arrived on.
 */
public final class ContentDedupeProcessor implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final Duration horizon;
    private FixedKeyProcessorContext<String, Article> context;
    private DedupeStore store;

    public ContentDedupeProcessor(String storeName, Duration horizon) {
        this.storeName = storeName;
        this.horizon = horizon;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = DedupeStore.of(context, storeName, horizon);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        List<FirstSeen> seen = store.around(article.contentHash(), record.timestamp());
        FirstSeen first = seen.isEmpty() ? null : seen.get(0);
        if (first == null) {
            store.remember(article.contentHash(), ExactMatch.bodyOf(article), record.timestamp());
        }
        context.forward(record.withValue(ExactMatch.byContent(article, first)));
    }
}
