package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.topology.NoNerStages;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for longer than every timeout the instance is configured with (shrunk
 * here so the test stays short); readiness follows it down and up, and every item, including
 * those published during the outage, comes out exactly once.
 */
class BrokerOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(15);
    /** Our production timeouts scaled down to a few seconds, all shorter than the outage. */
    private static final Map<String, String> SHRUNK = Map.of(
            "task.timeout.ms", "5000",
            "producer.max.block.ms", "3000",
            "producer.transaction.timeout.ms", "5000",
            "producer.delivery.timeout.ms", "8000",
            "producer.request.timeout.ms", "3000",
            "request.timeout.ms", "3000",
            "default.api.timeout.ms", "5000");

    @TempDir
    Path dir;

    private static String item(int n) {
        return "{\"id\":\"item-" + n + "\",\"headline\":\"Report number " + n + " on the harbour\","
                + "\"body\":\"Harbour officials published report " + n + " on Monday, the " + n
                + "th of its kind this year.\"}";
    }

    private static String health(HealthServer server) throws Exception {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://" + server.authority() + "/ready")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body().strip();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static void awaitHealth(HealthServer server, int status, Duration deadline) throws Exception {
        long end = System.nanoTime() + deadline.toNanos();
        String last;
        while (!(last = health(server)).startsWith(status + " ")) {
            assertTrue(System.nanoTime() < end, "/ready still " + last + ", expected " + status + " within " + deadline);
            Thread.sleep(200);
        }
    }

    @Test
    void shouldRideOutABrokerOutageLongerThanItsTimeoutsAndEmitEveryItemOnce() throws Exception {
        Path data = dir.resolve("kafka");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, data, false);
        int port = broker.port();
        Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
        WirestreamConfig config = new WirestreamConfig(broker.bootstrapServers(), "wirestream-outage", 3, (short) 1,
                DedupeConfig.defaults(), 1, Files.createDirectory(dir.resolve("state")), true, SHRUNK);
        StringWriter log = new StringWriter();
        try (StreamsRuntime runtime = StreamsRuntime.start(config, NoNerStages.with(256 * 1024, a -> a), client,
                new PrintWriter(log, true));
             HealthServer server = HealthServer.start(HealthServer.DEFAULT_ADDRESS, 0, runtime::state,
                     runtime::brokerReachable, () -> true, () -> "");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                     broker.bootstrapServers(), "delivery.timeout.ms", "120000", "max.block.ms", "120000"),
                     new StringSerializer(), new ByteArraySerializer())) {
            assertTrue(server.authority().startsWith("127.0.0.1:"), server.authority());
            for (int n = 0; n < 10; n++) {
                producer.send(new ProducerRecord<>("news.raw", "item-" + n, item(n).getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
            ExpectedRecords.await(client, Map.of("news.enriched", 10), Duration.ofSeconds(60));
            awaitHealth(server, 200, Duration.ofSeconds(30));
            // The window store's size reaches /metrics through Kafka Streams' RocksDB property metrics.
            assertTrue(runtime.metrics().keySet().stream().anyMatch(m -> m.name().equals("estimate-num-keys")
                    && m.tags().values().stream().anyMatch(v -> v.contains("dedupe-bucket-store"))),
                    "no estimate-num-keys metric for the bucket store");

            broker.close();
            // Published while the broker is down: send() may block on metadata until it is back, so
            // a publisher thread of its own does it, as a separate publishing service would.
            java.util.concurrent.CompletableFuture<Void> publishing = java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int n = 10; n < 20; n++) {
                    producer.send(new ProducerRecord<>("news.raw", "item-" + n, item(n).getBytes(StandardCharsets.UTF_8)));
                }
                producer.flush();
            });
            awaitHealth(server, 503, Duration.ofSeconds(30));
            Thread.sleep(OUTAGE.toMillis());

            broker = EmbeddedKafkaBroker.start(port, data, false);
            awaitHealth(server, 200, Duration.ofSeconds(90));
            publishing.get(120, java.util.concurrent.TimeUnit.SECONDS);

            var got = ExpectedRecords.await(client, Map.of("news.enriched", 20, "news.duplicates", 0, "news.dlq", 0),
                    Duration.ofSeconds(90));
            Set<String> keys = got.get("news.enriched").stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            assertEquals(20, keys.size(), keys.toString());
            assertTrue(List.of(org.apache.kafka.streams.KafkaStreams.State.RUNNING,
                    org.apache.kafka.streams.KafkaStreams.State.REBALANCING).contains(runtime.state()), log.toString());
        } finally {
            broker.close();
        }
    }
}
