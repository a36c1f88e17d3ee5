package io.wirestream.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.wirestream.broker.TopicProvisioner;
import io.wirestream.ingest.EnvelopeIds;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes raw items to the input topic keyed by item id, and confirms every write: a record
 * is counted only once the broker acknowledged it on all in-sync replicas.
 */
final class Publisher implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    Publisher(Map<String, Object> clientProps, String topic) {
        this.topic = topic;
        try (Admin admin = Admin.create(clientProps)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            if (!existing.contains(topic)) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + clientProps.get("bootstrap.servers")
                        + ": start 'wirestream run' or 'wirestream broker' first, or create it");
            }
            // Producing before every partition has a leader can lose the first batch.
            new TopicProvisioner(admin, Duration.ofSeconds(60)).awaitReady(Set.of(topic));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + clientProps.get("bootstrap.servers")
                    + ": " + e.getMessage(), e);
        }
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The record key of a raw item: a JSON envelope's own id, or {@code null} (raw pages, and
     * envelopes without one), for which the stream derives the id from the content.
     */
    static String keyOf(InputFiles.RawItem item) {
        return EnvelopeIds.of(item.value());
    }

    /** Sends one item; returns its key. */
    String send(InputFiles.RawItem item) {
        String key = keyOf(item);
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", item.contentType().getBytes(StandardCharsets.UTF_8));
        pending.add(producer.send(new ProducerRecord<>(topic, null, key, item.value(), headers)));
        return key;
    }

    /** Waits for every send so far; throws naming how many failed. */
    int confirm() {
        producer.flush();
        int ok = 0;
        Exception first = null;
        for (Future<RecordMetadata> f : pending) {
            try {
                f.get();
                ok++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while confirming sends", e);
            } catch (ExecutionException e) {
                first = first == null ? e : first;
            }
        }
        int failed = pending.size() - ok;
        pending.clear();
        if (failed > 0) {
            throw new IllegalStateException(ok + " record(s) acknowledged, " + failed + " not: "
                    + first.getCause().getMessage(), first.getCause());
        }
        return ok;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
