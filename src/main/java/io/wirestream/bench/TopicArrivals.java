package io.wirestream.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from given offsets on its own thread, committed records only, and times each record
 * from its timestamp, which Kafka Streams carries over from the input record (the publish time).
 *
 * <p>Besides each record's latency it keeps, per timestamp, the latest: where an item fans out to
 * several records that reach the topic at different commits (the bucket answers of one article),
 * that is when the last of them became readable, i.e. when the next stage could act on the item.
 */
final class TopicArrivals implements Runnable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final int expected;
    private final Latencies latencies = new Latencies();
    private final Map<Long, Long> latestByTimestamp = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile int count;
    private volatile long lastReadNanos;

    /**
     * @param name     the reader thread's name
     * @param start    each partition to read and the offset to read it from
     * @param expected stop after this many records ({@link Integer#MAX_VALUE}: only when stopped)
     */
    TopicArrivals(String name, Map<String, Object> clientProps, Map<TopicPartition, Long> start, int expected) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.expected = expected;
        consumer.assign(start.keySet());
        start.forEach(consumer::seek);
        thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (!stopped && count < expected) {
                var records = consumer.poll(Duration.ofMillis(50));
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    long latency = now - r.timestamp();
                    latencies.add(latency);
                    synchronized (latestByTimestamp) {
                        latestByTimestamp.merge(r.timestamp(), latency, Math::max);
                    }
                    count++;
                }
                if (!records.isEmpty()) {
                    lastReadNanos = System.nanoTime();
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void stop() {
        stopped = true;
        try {
            if (thread.isAlive()) {
                thread.join(10_000);
            } else if (thread.getState() == Thread.State.NEW) {
                consumer.close(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int count() {
        return count;
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    /** Every record's latency. */
    Latencies latencies() {
        return latencies;
    }

    /** Per timestamp, the latency of the last record read with it. */
    Latencies latestPerTimestamp() {
        Latencies out = new Latencies();
        synchronized (latestByTimestamp) {
            latestByTimestamp.values().forEach(out::add);
        }
        return out;
    }
}
