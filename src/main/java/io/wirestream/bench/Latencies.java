package io.wirestream.bench;

import java.util.Arrays;

/** End-to-end latencies in milliseconds, and their percentiles; safe to add to from one thread at a time. */
public final class Latencies {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    public synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p <= 100) by nearest rank, or -1 when empty. */
    public synchronized long percentile(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }
}
