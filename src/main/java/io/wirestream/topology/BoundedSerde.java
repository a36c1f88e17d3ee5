package io.wirestream.topology;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde whose serializer refuses a value larger than the record limit.
 *
 * <p>Why at serialization: under exactly-once a record the producer itself refuses
 * ({@code RecordTooLargeException}) puts the whole transaction into an error state, so the
 * production handler's dead letter can never be written and the task fails on every retry. A
 * serialization error happens before the producer sees the record: the production handler
 * dead-letters the input and the transaction goes on.
 */
final class BoundedSerde<T> implements Serde<T> {

    /**
     * Largest serialized value written to an output topic: under the producer's default
     * {@code max.request.size} (1,048,576) and the broker's default {@code message.max.bytes}
     * (1,048,588), leaving room for the key, headers and batch overhead.
     */
    static final int MAX_VALUE_BYTES = 1_000_000;

    private final Serde<T> inner;
    private final int maxBytes;

    BoundedSerde(Serde<T> inner, int maxBytes) {
        this.inner = Objects.requireNonNull(inner, "inner");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be >= 1, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public Serializer<T> serializer() {
        Serializer<T> serializer = inner.serializer();
        // Both overloads delegate: the article serializer writes its schema and content-type headers.
        return new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T value) {
                return checked(topic, serializer.serialize(topic, value));
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T value) {
                return checked(topic, serializer.serialize(topic, headers, value));
            }

            @Override
            public void configure(Map<String, ?> configs, boolean isKey) {
                serializer.configure(configs, isKey);
            }

            @Override
            public void close() {
                serializer.close();
            }
        };
    }

    private byte[] checked(String topic, byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new SerializationException("record for " + topic + " is " + bytes.length
                    + " bytes serialized, over the " + maxBytes + "-byte record limit");
        }
        return bytes;
    }

    @Override
    public Deserializer<T> deserializer() {
        return inner.deserializer();
    }
}
