package io.wirestream.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A dedupe processor's view of its window store: what was remembered for a key within the
 * horizon around a record's timestamp, oldest first, and remembering a new entry.
 */
final class DedupeStore {

    private final WindowStore<String, FirstSeen> store;
    private final long horizonMs;

    private DedupeStore(WindowStore<String, FirstSeen> store, Duration horizon) {
        this.store = store;
        this.horizonMs = horizon.toMillis();
    }

    static DedupeStore of(FixedKeyProcessorContext<?, ?> context, String storeName, Duration horizon) {
        return new DedupeStore(context.getStateStore(storeName), horizon);
    }

    /** Entries of {@code key} stamped within the horizon either side of {@code timestamp}, oldest first. */
    List<FirstSeen> around(String key, long timestamp) {
        List<FirstSeen> seen = new ArrayList<>();
        try (WindowStoreIterator<FirstSeen> it = store.fetch(key, Math.max(0, timestamp - horizonMs),
                timestamp + horizonMs)) {
            it.forEachRemaining(kv -> seen.add(kv.value));
        }
        return seen;
    }

    void remember(String key, FirstSeen value, long timestamp) {
        store.put(key, value, timestamp);
    }
}
