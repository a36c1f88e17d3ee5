package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import io.wirestream.dedupe.DedupeConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class WirestreamConfigTest {

    private static final String LINGER = StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG);

    private static Properties properties(boolean exactlyOnce, Map<String, String> overrides) {
        return new WirestreamConfig("localhost:9092", "app", 4, (short) 1, DedupeConfig.defaults(), 2,
                Path.of("state"), exactlyOnce, overrides).streamsProperties();
    }

    @Test
    void shouldLeaveTheLingerToStreamsUnderExactlyOnceWhereTheCommitFlushesTheBatch() {
        Properties p = properties(true, Map.of());
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertFalse(p.containsKey(LINGER), p.toString());
        // Streams' own default, which the at-least-once setting below replaces.
        assertEquals("100", String.valueOf(new StreamsConfig(p).getProducerConfigs("client")
                .get(ProducerConfig.LINGER_MS_CONFIG)));
    }

    @Test
    void shouldSendPromptlyUnderAtLeastOnceWhereNothingElseFlushesTheBatch() {
        Properties p = properties(false, Map.of());
        assertEquals(StreamsConfig.AT_LEAST_ONCE, p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals(WirestreamConfig.AT_LEAST_ONCE_LINGER_MS, p.get(LINGER));
        // What Streams hands its producers: ours, not its own 100 ms.
        Map<String, Object> producer = new StreamsConfig(p).getProducerConfigs("client");
        assertEquals(String.valueOf(WirestreamConfig.AT_LEAST_ONCE_LINGER_MS),
                String.valueOf(producer.get(ProducerConfig.LINGER_MS_CONFIG)));
    }

    @Test
    void shouldLetTheUsersOwnSettingsWin() {
        Properties p = properties(false, Map.of(LINGER, "20"));
        assertEquals("20", p.get(LINGER));
    }
}
