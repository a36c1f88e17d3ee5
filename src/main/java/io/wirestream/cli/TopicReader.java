package io.wirestream.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics without a consumer group (every partition assigned, nothing committed), so
 * looking at a topic never moves anyone's offsets. Only committed records are read.
 */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    /** @throws IllegalArgumentException naming a topic that does not exist */
    TopicReader(Map<String, Object> clientProps, List<String> topics, boolean fromBeginning) {
        consumer = consumer(clientProps);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("topic " + topic + " does not exist on " + clientProps.get("bootstrap.servers"));
            }
            infos.forEach(i -> partitions.add(new TopicPartition(i.topic(), i.partition())));
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    /** Reads the given partitions from the given offsets (where they ended before a soak, say). */
    TopicReader(Map<String, Object> clientProps, Map<TopicPartition, Long> start) {
        consumer = consumer(clientProps);
        consumer.assign(start.keySet());
        start.forEach(consumer::seek);
    }

    private static KafkaConsumer<String, byte[]> consumer(Map<String, Object> clientProps) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Hands records to {@code sink} until {@code max} were read, nothing arrived for {@code idle},
     * or {@code keepGoing} says stop. A null {@code idle} waits forever.
     */
    int read(Consumer<ConsumerRecord<String, byte[]>> sink, long max, Duration idle, Predicate<Integer> keepGoing) {
        int n = 0;
        long lastRecord = System.nanoTime();
        while (n < max && keepGoing.test(n)) {
            var records = consumer.poll(Duration.ofMillis(200));
            for (ConsumerRecord<String, byte[]> r : records) {
                sink.accept(r);
                lastRecord = System.nanoTime();
                if (++n >= max) {
                    break;
                }
            }
            if (idle != null && System.nanoTime() - lastRecord > idle.toNanos()) {
                break;
            }
        }
        return n;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
