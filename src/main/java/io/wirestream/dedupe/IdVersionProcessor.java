package io.wirestream.dedupe;

import java.time.Duration;
import java.util.Comparator;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Numbers versions per article id: a known id with a changed headline or body is an update with
 * the next version, an unchanged one a duplicate; expects records keyed by article id.
 */
public final class IdVersionProcessor implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final Duration horizon;
    private FixedKeyProcessorContext<String, Article> context;
    private DedupeStore store;

    public IdVersionProcessor(String storeName, Duration horizon) {
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
        FirstSeen latest = store.around(article.id(), record.timestamp()).stream()
                .max(Comparator.comparingInt(FirstSeen::version)).orElse(null);
        Article decided = ExactMatch.byId(article, latest);
        if (!decided.verdict().isDuplicate()) {
            store.remember(article.id(), ExactMatch.versionOf(decided), record.timestamp());
        }
        context.forward(record.withValue(decided));
    }
}
