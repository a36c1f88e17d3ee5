package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads topics from the beginning until each holds exactly the number of records a test expects,
 * failing at a deadline with what did arrive: tests wait for the records they expect, never for
 * a stretch of silence.
 */
final class ExpectedRecords {

    private ExpectedRecords() {
    }

    /**
     * @param expected how many records each topic must hold
     * @return each topic's records, in the order read
     */
    static Map<String, List<ConsumerRecord<String, byte[]>>> await(Map<String, Object> client,
                                                                  Map<String, Integer> expected, Duration deadline) {
        Map<String, List<ConsumerRecord<String, byte[]>>> got = new LinkedHashMap<>();
        expected.keySet().forEach(t -> got.put(t, new ArrayList<>()));
        long end = System.nanoTime() + deadline.toNanos();
        try (TopicReader reader = new TopicReader(client, List.copyOf(expected.keySet()), true)) {
            reader.read(r -> got.get(r.topic()).add(r), Long.MAX_VALUE, null,
                    n -> !complete(got, expected) && System.nanoTime() < end);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        got.forEach((t, records) -> counts.put(t, records.size()));
        if (!counts.equals(expected)) {
            fail("expected " + expected + " within " + deadline + ", got " + counts);
        }
        return got;
    }

    private static boolean complete(Map<String, List<ConsumerRecord<String, byte[]>>> got, Map<String, Integer> expected) {
        return expected.entrySet().stream().allMatch(e -> got.get(e.getKey()).size() >= e.getValue());
    }
}
