package io.wirestream.docs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.wirestream.model.Article;
import io.wirestream.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** The plain Java consumer of docs/consumers.md; compiled with the tests so the guide cannot rot. */
public final class EnrichedConsumerExample {

    private EnrichedConsumerExample() {
    }

    public static void main(String[] args) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "my-newsroom");
        // Wirestream writes in transactions: read only what was committed.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

        // The topic's own serdes: key = article id, value = the article read back from its ninjs JSON.
        Map<String, Integer> latest = new HashMap<>();
        try (KafkaConsumer<String, Article> consumer = new KafkaConsumer<>(props,
                Topics.ENRICHED.keySerde().deserializer(), Topics.ENRICHED.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.ENRICHED.name()));
            while (true) {
                for (ConsumerRecord<String, Article> r : consumer.poll(Duration.ofSeconds(1))) {
                    Article a = r.value();
                    // An update comes again under the same key with a higher version; a replay repeats one.
                    if (latest.getOrDefault(r.key(), 0) >= a.version()) {
                        continue;
                    }
                    latest.put(r.key(), a.version());
                    System.out.printf("%s v%d [%s] %s%n", r.key(), a.version(),
                            a.regions() == null ? "unknown" : a.regions().primary().slug(), a.headline());
                }
            }
        }
    }
}
