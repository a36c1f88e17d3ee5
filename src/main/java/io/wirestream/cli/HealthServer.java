package io.wirestream.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health} (liveness): 200 while the instance is RUNNING or REBALANCING, 503 otherwise, with the
 * state as the body. {@code GET /ready} (readiness): 200 only once the models are loaded and the instance is
 * RUNNING. {@code GET /metrics}: Prometheus text format with HELP and TYPE lines ({@link WirestreamMetrics}).
 */
final class HealthServer implements AutoCloseable {

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** Serves health, readiness and metrics of {@code streams} on {@code port} (0 picks a free one). */
    static HealthServer start(int port, Supplier<KafkaStreams.State> state, BooleanSupplier modelsLoaded,
                              Supplier<String> metrics) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
            server.createContext("/health", exchange -> {
                KafkaStreams.State s = state.get();
                boolean up = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING;
                reply(exchange, up ? 200 : 503, "text/plain", s + "\n");
            });
            server.createContext("/ready", exchange -> {
                KafkaStreams.State s = state.get();
                boolean ready = modelsLoaded.getAsBoolean() && s == KafkaStreams.State.RUNNING;
                reply(exchange, ready ? 200 : 503, "text/plain", (ready ? "READY " : "NOT READY ") + s + "\n");
            });
            server.createContext("/metrics", exchange ->
                    reply(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()));
            server.start();
            return new HealthServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getAddress().getPort();
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
