package io.wirestream.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health}: 200 while the instance is RUNNING or REBALANCING and its broker answers,
 * 503 otherwise, with the state as the body. {@code GET /metrics}: Kafka Streams' own metrics in
 * Prometheus text format.
 */
final class HealthServer implements AutoCloseable {

    /** Where health listens unless told otherwise: only this machine can reach it. */
    static final String DEFAULT_ADDRESS = "127.0.0.1";

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** Serves health and metrics of {@code streams} on loopback {@code port} (0 picks a free one). */
    static HealthServer start(int port, Supplier<KafkaStreams.State> state,
                              Supplier<Map<MetricName, ? extends Metric>> metrics) {
        return start(DEFAULT_ADDRESS, port, state, () -> true, metrics);
    }

    /**
     * Serves health and metrics on {@code address:port} (0 picks a free port); {@code brokerReachable}
     * is asked only while the state is RUNNING or REBALANCING.
     */
    static HealthServer start(String address, int port, Supplier<KafkaStreams.State> state,
                              BooleanSupplier brokerReachable, Supplier<Map<MetricName, ? extends Metric>> metrics) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
            server.createContext("/health", exchange -> {
                KafkaStreams.State s = state.get();
                boolean up = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING;
                if (up && !brokerReachable.getAsBoolean()) {
                    reply(exchange, 503, "text/plain", s + ", broker unreachable\n");
                    return;
                }
                reply(exchange, up ? 200 : 503, "text/plain", s + "\n");
            });
            server.createContext("/metrics", exchange ->
                    reply(exchange, 200, "text/plain; version=0.0.4", prometheus(metrics.get())));
            server.start();
            return new HealthServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** The address actually bound, as a URL authority ({@code 127.0.0.1:8080}, {@code [::1]:8080}). */
    String authority() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** One gauge line per numeric metric: {@code kafka_stream_thread_process_rate{thread_id="..."} 12.5}. */
    static String prometheus(Map<MetricName, ? extends Metric> metrics) {
        Map<String, String> lines = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            if (!(e.getValue().metricValue() instanceof Number value) || Double.isNaN(value.doubleValue())) {
                continue;
            }
            MetricName n = e.getKey();
            StringBuilder line = new StringBuilder(name(n.group() + "_" + n.name()));
            if (!n.tags().isEmpty()) {
                line.append('{');
                new TreeMap<>(n.tags()).forEach((k, v) -> line.append(name(k)).append("=\"")
                        .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\","));
                line.setCharAt(line.length() - 1, '}');
            }
            lines.put(line.toString(), line + " " + value.doubleValue());
        }
        return String.join("\n", lines.values()) + "\n";
    }

    private static String name(String raw) {
        String n = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return Character.isDigit(n.charAt(0)) ? "_" + n : n;
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
