package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Random;

import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.junit.jupiter.api.Test;

class ZeroPaddedTest {

    @Test
    void shouldWriteWhatFormatWritesInTheRootLocale() {
        Random random = new Random(7);
        long[] edges = {0, 1, 9, 10, 999_999_999_999L, Long.MAX_VALUE};
        for (long v : edges) {
            assertEquals(String.format(Locale.ROOT, "%019d", v), pad(v, 19));
            assertEquals(String.format(Locale.ROOT, "%04d", v), pad(v, 4)); // wider than 4: not cut
        }
        for (int i = 0; i < 10_000; i++) {
            long v = random.nextLong() & Long.MAX_VALUE >>> random.nextInt(63);
            assertEquals(String.format(Locale.ROOT, "%019d", v), pad(v, 19));
        }
    }

    @Test
    void shouldKeepTheKeyAndRefShapesTheStoresAlreadyHold() {
        // Refs and hold keys are in changelogs and decide ties: an upgrade must write them as before.
        assertEquals("0000001764547200000|p0003-0000000000000000042|b3:17",
                DedupeProcessor.holdKey(1_764_547_200_000L, "p0003-0000000000000000042", "b3:17"));
        assertEquals("0000000000000000000|r|k", DedupeProcessor.holdKey(-5, "r", "k"));
        assertEquals("p0003-0000000000000000042", Buckets.ref(metadata(3, 42)));
        assertEquals("p12345-0000000000000000007", Buckets.ref(metadata(12_345, 7)));
    }

    @Test
    void shouldRefuseANegativeNumber() {
        assertThrows(IllegalArgumentException.class, () -> pad(-1, 4));
    }

    private static String pad(long v, int width) {
        return ZeroPadded.append(new StringBuilder(), v, width).toString();
    }

    private static RecordMetadata metadata(int partition, long offset) {
        return new RecordMetadata() {
            @Override
            public String topic() {
                return "t";
            }

            @Override
            public int partition() {
                return partition;
            }

            @Override
            public long offset() {
                return offset;
            }
        };
    }
}
