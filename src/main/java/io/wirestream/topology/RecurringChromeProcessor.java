package io.wirestream.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.wirestream.clean.ParagraphMemory;
import io.wirestream.clean.RecurringConfig;
import io.wirestream.clean.RecurringParagraphs;
import io.wirestream.model.Article;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs {@link RecurringParagraphs} on each cleaned article with this task's changelogged store as
 * its {@link ParagraphMemory}, at the record's time, and drops sightings a horizon of stream time old.
 */
final class RecurringChromeProcessor implements FixedKeyProcessor<String, Article, Article> {

    private final String storeName;
    private final RecurringConfig config;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, ParagraphMemory.Sighting> store;
    private RecurringParagraphs rule;

    /** @param storeName key-value store of {@code source + fingerprint → Sighting} */
    RecurringChromeProcessor(String storeName, RecurringConfig config) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.rule = new RecurringParagraphs(ParagraphMemory.of(store::get, store::put), config);
        // A sighting lives at most a horizon plus one sweep interval: that is what bounds the store.
        context.schedule(sweepInterval(config.horizon()), PunctuationType.STREAM_TIME, this::sweep);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        Article article = record.value();
        context.forward(record.withValue(rule.strip(article.item(), article, record.timestamp())));
    }

    /** Deletes every sighting past the horizon at stream time {@code now}. */
    private void sweep(long now) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, ParagraphMemory.Sighting> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ParagraphMemory.Sighting> entry = all.next();
                if (rule.forgotten(entry.value, now)) {
                    expired.add(entry.key);
                }
            }
        }
        // Deleted after the scan, not during it, so the iterator never sees its own writes.
        expired.forEach(store::delete);
    }

    /** A tenth of the horizon: sweeps stay rare, and the store holds at most 10 % more than a horizon. */
    static Duration sweepInterval(Duration horizon) {
        Duration tenth = horizon.dividedBy(10);
        return tenth.isZero() ? Duration.ofMillis(1) : tenth;
    }
}
