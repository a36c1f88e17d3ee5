package io.wirestream.topology;

import java.util.Objects;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic with the serdes its records are written and read with, so no reader or writer
 * rebuilds them ({@code Topics.ENRICHED.valueSerde().deserializer()} reads an article back).
 *
 * @param name       the topic name
 * @param keySerde   how keys are written and read
 * @param valueSerde how values are written and read
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    /** How a source node named {@code processorName} reads this topic. */
    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    /** How a sink node named {@code processorName} writes this topic. */
    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }

    /** The same topic under {@code <name>.<version>}: a replay's output beside the live one. */
    public Topic<K, V> versioned(String version) {
        return new Topic<>(name + "." + version, keySerde, valueSerde);
    }

    @Override
    public String toString() {
        return name;
    }
}
