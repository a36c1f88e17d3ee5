package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.topology.DeadLetterHandler;
import io.wirestream.topology.NoNerStages;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items that cannot go through whole never stop the stream: they are dead-lettered and the next item comes out. */
class PoisonItemBrokerTest {

    private static final int MAX_ITEM_BYTES = 50_000;

    @TempDir
    Path dir;

    /** An entities stage that gives an article marked INFLATE enough distinct entities to pass 1 MB. */
    private static Article entities(Article article) {
        if (!article.headline().contains("INFLATE")) {
            return article;
        }
        List<Entity> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(new Entity("Person Number " + i, Entity.Type.PERSON,
                    List.of(new Entity.Mention("body", 0, 8, "Officials")), List.of()));
        }
        return article.withEntities(many);
    }

    private static String envelope(String id, String headline, String body) {
        return "{\"id\":\"" + id + "\",\"headline\":\"" + headline + "\",\"body\":\"" + body + "\"}";
    }

    @Test
    void shouldDeadLetterAnOversizedItemAndAnOverLimitResultAndKeepGoing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            WirestreamConfig config = new WirestreamConfig(broker.bootstrapServers(), "wirestream-poison", 1, (short) 1,
                    DedupeConfig.defaults(), 1, Files.createDirectory(dir.resolve("state")), true,
                    Map.of());
            try (StreamsRuntime runtime = StreamsRuntime.start(config,
                    NoNerStages.with(MAX_ITEM_BYTES, PoisonItemBrokerTest::entities), client,
                    new PrintWriter(new StringWriter()));
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                         broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                String sentence = "Officials said the committee would meet again next week to discuss the budget. ";
                String oversized = envelope("big-1", "A very long report", sentence.repeat(1000));
                assertTrue(oversized.length() > MAX_ITEM_BYTES);
                for (String[] item : List.of(
                        new String[] {"big-1", oversized},
                        new String[] {"inflate-1", envelope("inflate-1", "INFLATE budget talks", sentence)},
                        new String[] {"good-1", envelope("good-1", "Budget talks resume",
                                "Negotiators returned to the table on Monday after a week of silence.")})) {
                    producer.send(new ProducerRecord<>("news.raw", item[0], item[1].getBytes(StandardCharsets.UTF_8)))
                            .get();
                }

                // The oversized item dies at parse; the inflated one once per topic it was bound for.
                var got = ExpectedRecords.await(client, Map.of("news.enriched", 1, "news.region.unknown", 1,
                        "news.dlq", 3), Duration.ofSeconds(90));
                assertEquals("good-1", got.get("news.enriched").get(0).key());
                Map<String, String> reasons = new TreeMap<>();
                for (ConsumerRecord<String, byte[]> dead : got.get("news.dlq")) {
                    reasons.put(header(dead, DeadLetterHandler.STAGE_HEADER), header(dead, DeadLetterHandler.REASON_HEADER));
                }
                assertEquals(List.of("parse", "write-enriched", "write-unknown"), List.copyOf(reasons.keySet()));
                assertTrue(reasons.get("parse").contains("over the limit of 50000 bytes (--max-item-bytes)"),
                        reasons.toString());
                assertTrue(reasons.get("write-enriched").contains("over the 1000000-byte record limit"), reasons.toString());

                // Still running: the next item comes out.
                producer.send(new ProducerRecord<>("news.raw", "good-2", envelope("good-2", "Strike ends",
                        "Dock workers went back to work on Tuesday.").getBytes(StandardCharsets.UTF_8))).get();
                ExpectedRecords.await(client, Map.of("news.enriched", 2, "news.dlq", 3), Duration.ofSeconds(60));
                assertEquals(KafkaStreams.State.RUNNING, runtime.state());
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
