package io.wirestream.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerTest {

    @Test
    void shouldDeliverEveryRecordProducedRightAfterTopicCreation() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            new TopicProvisioner(admin, Duration.ofSeconds(30)).ensure(List.of(new NewTopic("t", 3, (short) 1)));
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    "bootstrap.servers", broker.bootstrapServers(), "acks", "all"),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 100; i++) {
                    producer.send(new ProducerRecord<>("t", "k" + i, "v" + i)).get();
                }
            }
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    "bootstrap.servers", broker.bootstrapServers(), "group.id", "g",
                    "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(Set.of("t"));
                long deadline = System.currentTimeMillis() + 30_000;
                while (seen.size() < 100 && System.currentTimeMillis() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                }
            }
            assertEquals(100, seen.size());
        }
    }
}
