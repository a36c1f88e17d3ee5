package io.wirestream.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Where {@link RecurringParagraphs} remembers which stories of a source carried a paragraph:
 * one {@link Sighting} per key, so a Kafka {@code KeyValueStore<String, Sighting>} (changelogged,
 * one per task) backs it through {@code of(store::get, store::put)}, and a bounded map does
 * offline.
 */
public interface ParagraphMemory {

    /** The sighting under {@code key}, or {@code null}. */
    Sighting get(String key);

    /** Stores {@code sighting} under {@code key}. */
    void put(String key, Sighting sighting);

    /** A memory over another store's get and put, such as a Kafka {@code KeyValueStore}'s. */
    static ParagraphMemory of(Function<String, Sighting> get, BiConsumer<String, Sighting> put) {
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(put, "put");
        return new ParagraphMemory() {
            @Override
            public Sighting get(String key) {
                return get.apply(key);
            }

            @Override
            public void put(String key, Sighting sighting) {
                put.accept(key, sighting);
            }
        };
    }

    /** A memory in a map of at most {@code maxEntries}, the least recently used going first. Not thread-safe. */
    static ParagraphMemory bounded(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1, was " + maxEntries);
        }
        Map<String, Sighting> map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Sighting> eldest) {
                return size() > maxEntries;
            }
        };
        return of(map::get, map::put);
    }

    /**
     * The distinct stories a source's paragraph was seen in, up to the count that makes it
     * chrome, and when it was last seen.
     *
     * @param stories  fingerprints of the stories that carried it, distinct, oldest first
     * @param items    fingerprints of the ids of the items that carried them, one per story: an item
     *                 re-sent with its text changed is still the one story
     * @param lastSeen the time (epoch milliseconds) it was last seen at
     */
    record Sighting(List<Long> stories, List<Long> items, long lastSeen) {
        public Sighting {
            stories = List.copyOf(Objects.requireNonNull(stories, "stories"));
            items = List.copyOf(Objects.requireNonNull(items, "items"));
            if (items.size() != stories.size()) {
                throw new IllegalArgumentException("one item per story, was " + items.size() + " items for "
                        + stories.size() + " stories");
            }
        }
    }
}
