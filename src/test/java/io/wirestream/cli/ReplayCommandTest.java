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

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.serde.Json;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replayed application reprocesses its input from a time (here before any record) with fresh dedupe state. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldReprocessTheInputWithFreshDedupeState() throws Exception {
        Stages stages = Stages.standard();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            Path state = Files.createDirectory(dir.resolve("state"));
            WirestreamConfig config = new WirestreamConfig(broker.bootstrapServers(), "wirestream-replay", 3, (short) 1,
                    DedupeConfig.defaults(), 1, state, true, Map.of());
            PrintWriter quiet = new PrintWriter(new StringWriter());
            try (StreamsRuntime runtime = StreamsRuntime.start(config, stages, client, quiet)) {
                try (Publisher publisher = new Publisher(client, Topics.RAW.name())) {
                    publisher.send(new InputFiles.RawItem("pti", ("{\"id\":\"pti-1\",\"headline\":\"Rains in Delhi\","
                            + "\"body\":\"Heavy rain lashed New Delhi on Monday, officials said.\"}")
                            .getBytes(StandardCharsets.UTF_8), InputFiles.JSON));
                    publisher.confirm();
                }
                assertEquals(1, enriched(client, 1).size());
            }

            CommandRun replay = CommandRun.of("replay", "--bootstrap-server", broker.bootstrapServers(),
                    "--application-id", "wirestream-replay", "--state-dir", state.toString(),
                    "--to-datetime", "2000-01-01T00:00:00Z");
            assertEquals(0, replay.exitCode(), replay.err());
            assertTrue(replay.out().contains("replay: done"), replay.out());

            try (StreamsRuntime runtime = StreamsRuntime.start(config, stages, client, quiet)) {
                List<JsonNode> out = enriched(client, 2);
                assertEquals(2, out.size());
                // Without the state wipe the replayed item would be an id duplicate of the first pass.
                assertEquals("new", out.get(1).path("wirestream").path("dedupe").path("decision").asText());
                assertEquals("1", out.get(1).path("version").asText());
            }
        }
    }

    @Test
    void shouldStartTheEmbeddedBrokerFromRunsDataDirWhenNoBrokerIsUp() throws Exception {
        Path data = dir.resolve("kafka");
        int port;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0, data, false);
             org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                     Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            port = broker.port();
            admin.createTopics(Topics.all(1, (short) 1)).all().get();
        }
        // 'run' has stopped and its broker with it: replay brings the broker back from the same data.
        CommandRun replay = CommandRun.of("replay", "--broker-port", String.valueOf(port),
                "--broker-data-dir", data.toString(), "--application-id", "wirestream-replay-local",
                "--state-dir", dir.resolve("state-local").toString());
        assertEquals(0, replay.exitCode(), replay.err() + replay.out());
        assertTrue(replay.out().contains("no broker on 127.0.0.1:" + port + ", starting the embedded one"), replay.out());
        assertTrue(replay.out().contains("replay: done"), replay.out());
    }

    @Test
    void shouldNameABadDatetime() {
        CommandRun run = CommandRun.of("replay", "--to-datetime", "yesterday");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'yesterday' is not an ISO-8601 instant"), run.err());
    }

    private static List<JsonNode> enriched(Map<String, Object> client, int expected) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ExpectedRecords.await(client, Map.of(Topics.ENRICHED.name(), expected), Duration.ofSeconds(60))
                .get(Topics.ENRICHED.name()).forEach(r -> out.add(parse(r.value())));
        return out;
    }

    private static JsonNode parse(byte[] value) {
        try {
            return Json.MAPPER.readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
