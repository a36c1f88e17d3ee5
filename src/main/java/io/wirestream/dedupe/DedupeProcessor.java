package io.wirestream.dedupe;

import java.util.List;
import java.util.Objects;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Decides each article against what its window store remembers under the record's key, and
 * remembers what the decision says to; expects records keyed so that every article the rule
 * compares meets on one task (by content hash, by id).
 */
public final class DedupeProcessor implements FixedKeyProcessor<String, Article, Article> {

    /** One dedupe rule: how to decide an article against what was remembered, and what to remember. */
    public interface Rule {
        /** @param seen what the store holds under the key within the horizon, oldest first */
        Article decide(Article article, List<FirstSeen> seen);

        /** What to remember of the decided article, or {@code null} to remember nothing. */
        FirstSeen remember(Article decided, List<FirstSeen> seen);
    }

    private final String storeName;
    private final DedupeConfig config;
    private final Rule rule;
    private FixedKeyProcessorContext<String, Article> context;
    private DedupeStore store;

    public DedupeProcessor(String storeName, DedupeConfig config, Rule rule) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.config = Objects.requireNonNull(config, "config");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = DedupeStore.of(context, storeName, config.horizon());
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        List<FirstSeen> seen = store.around(record.key(), record.timestamp());
        Article decided = rule.decide(record.value(), seen);
        FirstSeen remembered = rule.remember(decided, seen);
        if (remembered != null) {
            store.remember(record.key(), remembered, record.timestamp());
        }
        context.forward(record.withValue(decided));
    }
}
