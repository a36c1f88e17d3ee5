package io.wirestream.dedupe;

import java.time.Duration;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Marks copies of content already seen within the horizon; expects records keyed by content hash
 * so every copy of one text meets on one task whatever partition it arrived on.
 */
public final class ContentDedupeProcessor implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final Duration horizon;
    private FixedKeyProcessorContext<String, Article> context;
    private WindowStore<String, FirstSeen> store;

    public ContentDedupeProcessor(String storeName, Duration horizon) {
        this.storeName = storeName;
        this.horizon = horizon;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        FirstSeen seen = earliest(article.contentHash(), record.timestamp());
        Article decided = ExactMatch.byContent(article, seen);
        if (seen == null) {
            store.put(article.contentHash(), new FirstSeen(article.id(), article.contentHash(), article.version()),
                    record.timestamp());
        }
        context.forward(record.withValue(decided));
    }

    private FirstSeen earliest(String hash, long timestamp) {
        long h = horizon.toMillis();
        try (WindowStoreIterator<FirstSeen> it = store.fetch(hash, Math.max(0, timestamp - h), timestamp + h)) {
            return it.hasNext() ? it.next().value : null;
        }
    }
}
