package io.wirestream.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code GET /health} (liveness): 200 while the instance is RUNNING or REBALANCING, 503 otherwise,
 * with the state as the body; a broker outage does not fail it, so nothing restarts a process that
 * is waiting the outage out. {@code GET /ready} (readiness): 200 only once the models are loaded,
 * the instance is RUNNING and its broker answers. {@code GET /metrics}: Prometheus text format with
 * HELP and TYPE lines ({@link WirestreamMetrics}).
 */
final class HealthServer implements AutoCloseable {

    /** Where health listens unless told otherwise: only this machine can reach it. */
    static final String DEFAULT_ADDRESS = "127.0.0.1";

    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    /** Serves on loopback {@code port} (0 picks a free one), for a broker taken to be reachable. */
    static HealthServer start(int port, Supplier<KafkaStreams.State> state, BooleanSupplier modelsLoaded,
                              Supplier<String> metrics) {
        return start(DEFAULT_ADDRESS, port, state, () -> true, modelsLoaded, metrics);
    }

    /**
     * Serves on {@code address:port} (0 picks a free port); {@code brokerReachable} is asked only
     * while everything else says ready.
     */
    static HealthServer start(String address, int port, Supplier<KafkaStreams.State> state,
                              BooleanSupplier brokerReachable, BooleanSupplier modelsLoaded, Supplier<String> metrics) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), port), 0);
            server.createContext("/health", exchange -> {
                KafkaStreams.State s = state.get();
                boolean up = s == KafkaStreams.State.RUNNING || s == KafkaStreams.State.REBALANCING;
                reply(exchange, up ? 200 : 503, "text/plain", s + "\n");
            });
            server.createContext("/ready", exchange -> {
                KafkaStreams.State s = state.get();
                if (!modelsLoaded.getAsBoolean() || s != KafkaStreams.State.RUNNING) {
                    reply(exchange, 503, "text/plain", "NOT READY " + s + "\n");
                } else if (!brokerReachable.getAsBoolean()) {
                    reply(exchange, 503, "text/plain", "NOT READY " + s + ", broker unreachable\n");
                } else {
                    reply(exchange, 200, "text/plain", "READY " + s + "\n");
                }
            });
            server.createContext("/metrics", exchange ->
                    reply(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()));
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
