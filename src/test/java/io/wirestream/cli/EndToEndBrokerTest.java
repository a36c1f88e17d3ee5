package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.serde.Json;
import io.wirestream.topology.Stages;
import io.wirestream.topology.WirestreamConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish → run → tail against a real single-node KRaft broker, exactly-once on. */
class EndToEndBrokerTest {

    private static EmbeddedKafkaBroker broker;
    private static StreamsRuntime runtime;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        broker = EmbeddedKafkaBroker.start();
        WirestreamConfig config = new WirestreamConfig(broker.bootstrapServers(), "wirestream-e2e", 3, (short) 1,
                DedupeConfig.defaults(), 1, Files.createDirectory(dir.resolve("state")), true, Map.of());
        runtime = StreamsRuntime.start(config, Stages.standard(), Map.of("bootstrap.servers", broker.bootstrapServers()),
                new PrintWriter(new StringWriter()));
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private static Path demoItem(String name) throws Exception {
        Path p = dir.resolve(name);
        try (var in = EndToEndBrokerTest.class.getResourceAsStream("/io/wirestream/cli/demo/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    /**
     * Reads a topic from the beginning through the tail command until the {@code expected} records
     * arrived (or a minute passed without one).
     */
    private static List<JsonNode> tail(int expected, String... selector) throws Exception {
        String[] base = {"tail", "--bootstrap-server", broker.bootstrapServers(), "--json", "--from-beginning",
                "--idle-timeout", "60s", "--max-messages", String.valueOf(expected)};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(selector))
                .toArray(String[]::new);
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : run.out().lines().toList()) {
            out.add(Json.MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void shouldPublishProcessAndConsumeThroughARealBroker() throws Exception {
        Path sample = demoItem("ani-tokyo-embassy.txt");
        CommandRun published = CommandRun.of("publish", "--bootstrap-server", broker.bootstrapServers(),
                sample.toString(), sample.toString(), demoItem("pti-delhi.json").toString(),
                demoItem("malformed.json").toString());
        assertEquals(0, published.exitCode(), published.err());
        assertTrue(published.out().contains("published 4 item(s)"), published.out());

        // Every item comes out on exactly one of enriched, duplicates or the DLQ; then read them as users do.
        ExpectedRecords.await(Map.of("bootstrap.servers", broker.bootstrapServers()), Map.of("news.enriched", 2,
                "news.duplicates", 1, "news.dlq", 1, "news.region.europe", 1, "news.region.asia", 1,
                "news.region.south-asia", 1), java.time.Duration.ofSeconds(60));
        assertEquals(2, tail(2).size());
        List<JsonNode> europe = tail(1, "--region", "europe");
        assertEquals(1, europe.size());
        assertEquals("ANI/Sputnik", europe.get(0).path("wirestream").path("credit").asText());
        assertEquals(1, tail(1, "--region", "asia").size());
        assertEquals(1, tail(1, "--region", "south-asia").size());

        List<JsonNode> duplicates = tail(1, "--topic", "news.duplicates");
        assertEquals(1, duplicates.size());
        assertEquals("id", duplicates.get(0).path("wirestream").path("dedupe").path("decision").asText());

        CommandRun dlq = CommandRun.of("tail", "--bootstrap-server", broker.bootstrapServers(), "--topic", "news.dlq",
                "--from-beginning", "--idle-timeout", "60s", "--max-messages", "1");
        assertTrue(dlq.out().contains("DEAD LETTER") && dlq.out().contains("stage=parse"), dlq.out());
        assertEquals(1, dlq.out().lines().filter(l -> l.startsWith("DEAD LETTER")).count());
    }
}
