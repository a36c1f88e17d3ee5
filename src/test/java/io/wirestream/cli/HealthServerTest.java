package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.stats.CumulativeSum;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthServerTest {

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldFollowTheStreamsStateAndServeMetrics() throws Exception {
        AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.RUNNING);
        try (Metrics metrics = new Metrics()) {
            MetricName name = metrics.metricName("process-total", "stream-thread-metrics", "", Map.of("thread-id", "t-1"));
            metrics.sensor("s").add(name, new CumulativeSum());
            metrics.sensor("s").record(3);
            try (HealthServer server = HealthServer.start(0, state::get, metrics::metrics)) {
                HttpResponse<String> up = get(server.port(), "/health");
                assertEquals(200, up.statusCode());
                assertEquals("RUNNING\n", up.body());

                state.set(KafkaStreams.State.ERROR);
                assertEquals(503, get(server.port(), "/health").statusCode());

                String body = get(server.port(), "/metrics").body();
                assertTrue(body.contains("stream_thread_metrics_process_total{thread_id=\"t-1\"} 3.0"), body);
            }
        }
    }

    @Test
    void shouldBindToLoopbackByDefaultAndFailWhileTheBrokerIsUnreachable() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean reachable = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (Metrics metrics = new Metrics();
             HealthServer server = HealthServer.start(HealthServer.DEFAULT_ADDRESS, 0, () -> KafkaStreams.State.RUNNING,
                     reachable::get, metrics::metrics)) {
            assertEquals("127.0.0.1:" + server.port(), server.authority());
            assertEquals(200, get(server.port(), "/health").statusCode());
            reachable.set(false);
            HttpResponse<String> down = get(server.port(), "/health");
            assertEquals(503, down.statusCode());
            assertEquals("RUNNING, broker unreachable\n", down.body());
            reachable.set(true);
            assertEquals(200, get(server.port(), "/health").statusCode());
        }
    }
}
