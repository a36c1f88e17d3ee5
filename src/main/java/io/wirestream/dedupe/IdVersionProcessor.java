package io.wirestream.dedupe;

import java.time.Duration;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Numbers versions per article id: a known id with new content is an update with the next
 * version; expects records keyed by article id.
 */
public final class IdVersionProcessor implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final Duration horizon;
    private FixedKeyProcessorContext<String, Article> context;
    private WindowStore<String, FirstSeen> store;

    public IdVersionProcessor(String storeName, Duration horizon) {
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
        Article decided = ExactMatch.byId(article, latest(article.id(), record.timestamp()));
        if (!decided.verdict().isDuplicate()) {
            store.put(article.id(), ExactMatch.versionOf(decided), record.timestamp());
        }
        context.forward(record.withValue(decided));
    }

    private FirstSeen latest(String id, long timestamp) {
        long h = horizon.toMillis();
        FirstSeen latest = null;
        try (WindowStoreIterator<FirstSeen> it = store.fetch(id, Math.max(0, timestamp - h), timestamp + h)) {
            while (it.hasNext()) {
                FirstSeen seen = it.next().value;
                if (latest == null || seen.version() > latest.version()) {
                    latest = seen;
                }
            }
        }
        return latest;
    }

}
