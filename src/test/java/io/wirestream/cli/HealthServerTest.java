package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.topology.Stages;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldFollowTheStreamsStateForLivenessAndNeedModelsAndRunningForReadiness() throws Exception {
        AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
        AtomicBoolean models = new AtomicBoolean();
        try (WirestreamMetrics metrics = new WirestreamMetrics();
             HealthServer server = HealthServer.start(0, state::get, models::get, metrics::scrape)) {
            assertEquals(503, get(server.port(), "/ready").statusCode());
            models.set(true);
            assertEquals(503, get(server.port(), "/ready").statusCode(), "models loaded, streams not running");
            state.set(KafkaStreams.State.RUNNING);
            HttpResponse<String> up = get(server.port(), "/health");
            assertEquals(200, up.statusCode());
            assertEquals("RUNNING\n", up.body());
            assertEquals(200, get(server.port(), "/ready").statusCode());

            state.set(KafkaStreams.State.REBALANCING);
            assertEquals(200, get(server.port(), "/health").statusCode());
            assertEquals(503, get(server.port(), "/ready").statusCode());
            state.set(KafkaStreams.State.ERROR);
            assertEquals(503, get(server.port(), "/health").statusCode());
        }
    }

    @Test
    void shouldServePrometheusTextWithHelpAndTypeAndCountsThatMove() throws Exception {
        FeedItem item = new FeedItem("a-1", null, "Headline", null, null, List.of("Body."), null, null, null, null,
                List.of(), null, FeedItem.SourceFormat.JSON);
        Stages plain = new Stages((k, v, ct) -> {
            if (new String(v, StandardCharsets.UTF_8).equals("bad")) {
                throw new IllegalArgumentException("not an item");
            }
            return item;
        }, i -> Article.cleaned(i, i.paragraphs(), i.headline(), null, List.of()), a -> a, a -> a, a -> a);
        try (WirestreamMetrics metrics = new WirestreamMetrics();
             HealthServer server = HealthServer.start(0, () -> KafkaStreams.State.RUNNING, () -> true, metrics::scrape)) {
            Stages counted = metrics.instrument(plain);
            Article a = counted.clean().apply(counted.parse().parse(null, "ok".getBytes(StandardCharsets.UTF_8), null));
            counted.classify().apply(counted.entities().apply(counted.tags().apply(a)));
            try {
                counted.parse().parse(null, "bad".getBytes(StandardCharsets.UTF_8), null);
            } catch (IllegalArgumentException expected) {
                // dead-lettered by the topology
            }
            String body = get(server.port(), "/metrics").body();
            assertTrue(body.contains("# HELP wirestream_items_in_total Records read from news.raw"), body);
            assertTrue(body.contains("# TYPE wirestream_items_in_total counter"), body);
            assertTrue(body.contains("wirestream_items_in_total 2.0"), body);
            assertTrue(body.contains("wirestream_items_parsed_total 1.0"), body);
            assertTrue(body.contains("wirestream_dead_lettered_total{stage=\"parse\"} 1.0"), body);
            assertTrue(body.contains("wirestream_articles_out_total{desk=\"unknown\"} 1.0"), body);
            assertTrue(body.contains("wirestream_stage_duration_seconds_count{stage=\"extract-entities\"} 1"), body);
            assertTrue(body.contains("# TYPE jvm_memory_used_bytes gauge"), body);
            assertFalse(body.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"), body);
        }
    }

    @Test
    void shouldBindToLoopbackByDefaultAndNotBeReadyWhileTheBrokerIsUnreachable() throws Exception {
        AtomicBoolean reachable = new AtomicBoolean(true);
        try (HealthServer server = HealthServer.start(HealthServer.DEFAULT_ADDRESS, 0, () -> KafkaStreams.State.RUNNING,
                reachable::get, () -> true, () -> "")) {
            assertEquals("127.0.0.1:" + server.port(), server.authority());
            assertEquals(200, get(server.port(), "/ready").statusCode());
            reachable.set(false);
            HttpResponse<String> down = get(server.port(), "/ready");
            assertEquals(503, down.statusCode());
            assertEquals("NOT READY RUNNING, broker unreachable\n", down.body());
            // Liveness stays up: the process is waiting the outage out, nothing should restart it.
            assertEquals(200, get(server.port(), "/health").statusCode());
            reachable.set(true);
            assertEquals(200, get(server.port(), "/ready").statusCode());
        }
    }
}
