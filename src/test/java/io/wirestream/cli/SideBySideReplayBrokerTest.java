package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.serde.Json;
import io.wirestream.topology.OutputTopics;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A side-by-side replay fills versioned topics with the live run's articles while the live topics stay as they were. */
class SideBySideReplayBrokerTest {

    private static final String DELHI = "{\"id\":\"pti-1\",\"agency\":\"PTI\",\"headline\":\"Rains in Delhi\","
            + "\"body\":\"Heavy rain lashed New Delhi on Monday, officials said.\",\"published\":\"2022-01-22T04:00:00Z\"}";
    private static final String NAIROBI = "{\"id\":\"afp-7\",\"agency\":\"AFP\",\"headline\":\"Kenya budget passed\","
            + "\"body\":\"Lawmakers in Nairobi passed the budget on Tuesday after a long debate.\","
            + "\"published\":\"2022-01-22T05:00:00Z\"}";
    /** The Delhi story re-published by a portal under its own id. */
    private static final String DELHI_COPY = DELHI.replace("pti-1", "portal-99").replace("2022-01-22T04:00:00Z",
            "2022-01-22T04:30:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldFillVersionedTopicsWithTheLiveArticlesAndLeaveTheLiveTopicsAlone() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            DedupeConfig dedupe = DedupeConfig.defaults().withGrace(Duration.ofSeconds(2));
            WirestreamConfig live = new WirestreamConfig(broker.bootstrapServers(), "wirestream-live", 3, (short) 1,
                    dedupe, 1, dir.resolve("live-state"), true, Map.of());
            OutputTopics v2 = new OutputTopics("v2");
            Map<String, Integer> expectedLive = Map.of(Topics.ENRICHED.name(), 2, Topics.DUPLICATES.name(), 1,
                    Topics.DLQ.name(), 1);
            // The live application keeps running through the replay.
            try (StreamsRuntime runtime = StreamsRuntime.start(live, Stages.standard(), client,
                    new PrintWriter(new StringWriter()))) {
                try (Publisher publisher = new Publisher(client, Topics.RAW.name())) {
                    for (String item : List.of(DELHI, NAIROBI, DELHI_COPY, "{\"id\":\"cut-off")) {
                        publisher.send(new InputFiles.RawItem("item", item.getBytes(StandardCharsets.UTF_8),
                                InputFiles.JSON));
                    }
                    publisher.confirm();
                }
                var liveOut = ExpectedRecords.await(client, expectedLive, Duration.ofSeconds(90));
                Map<TopicPartition, Long> liveEnds = ends(client, OutputTopics.LIVE.names());

                CommandRun replay = CommandRun.of("replay", "--side-by-side", "v2",
                        "--bootstrap-server", broker.bootstrapServers(), "--application-id", "wirestream-live",
                        "--state-dir", dir.resolve("replay-state").toString(), "--threads", "1",
                        "--dedupe-grace", "2s", "--progress-interval", "1s");

                assertEquals(0, replay.exitCode(), replay.err() + replay.out());
                assertTrue(replay.err().contains("replay: read 4 of 4 (100.0 %)"), replay.err());
                assertTrue(replay.out().contains("as application 'wirestream-live-v2'"), replay.out());
                assertTrue(replay.out().matches("(?s).*news\\.enriched\\.v2 +2 kept.*"), replay.out());
                assertTrue(replay.out().matches("(?s).*news\\.duplicates\\.v2 +1 \\(content 1\\).*"), replay.out());
                assertTrue(replay.out().contains("1 x parse: "), replay.out());

                var replayed = ExpectedRecords.await(client, Map.of(v2.enriched().name(), 2,
                        v2.duplicates().name(), 1, v2.dlq().name(), 1), Duration.ofSeconds(10));
                // Same input, same stages: the same articles, compared as JSON by id.
                assertEquals(byKey(liveOut.get(Topics.ENRICHED.name())), byKey(replayed.get(v2.enriched().name())));
                assertEquals(byKey(liveOut.get(Topics.DUPLICATES.name())), byKey(replayed.get(v2.duplicates().name())));
                assertEquals(ends(client, OutputTopics.LIVE.names()), liveEnds, "the replay wrote to a live topic");

                CommandRun again = CommandRun.of("replay", "--side-by-side", "v2",
                        "--bootstrap-server", broker.bootstrapServers(), "--application-id", "wirestream-live",
                        "--state-dir", dir.resolve("replay-state").toString());
                assertEquals(1, again.exitCode(), again.err());
                assertTrue(again.err().contains("news.enriched.v2 already holds records"), again.err());
            }
        }
    }

    private static Map<String, JsonNode> byKey(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            out.put(r.key(), Json.MAPPER.readTree(r.value()));
        }
        return out;
    }

    private static Map<TopicPartition, Long> ends(Map<String, Object> client, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(client)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values().forEach(d ->
                    d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()),
                            OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::toString));
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((tp, o) -> ends.put(tp, o.offset()));
            return ends;
        }
    }
}
