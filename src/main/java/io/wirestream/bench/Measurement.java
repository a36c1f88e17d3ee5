package io.wirestream.bench;

import java.util.List;

/**
 * One benchmark row.
 *
 * @param scenario   what ran
 * @param threads    stream threads (or NER threads)
 * @param items      items published (or texts recognised)
 * @param outputs    records read back from the outputs (every item leaves on exactly one of them)
 * @param bytes      input bytes
 * @param seconds    from the instance running (backlog waiting) to the last output read
 * @param rate       the paced input rate, items/s, or 0 for a pre-published backlog
 * @param p50Millis  median publish-to-read latency, or -1 when not measured
 * @param p99Millis  99th percentile, or -1
 * @param hops       in a paced Wirestream row, the latency each internal topic had reached, in data-flow order
 * @param memory     heap and RSS high-water marks over the row
 * @param jitSeconds time the JIT compilers spent compiling during the row, summed over their threads, or -1
 * @param load       the 1-minute load average when the row ended
 */
public record Measurement(Scenario scenario, int threads, int items, int outputs, long bytes, double seconds,
                          double rate, long p50Millis, long p99Millis, List<HopLatency> hops,
                          MemoryWatermarks.Snapshot memory,
                          double jitSeconds, double load) {

    public Measurement {
        hops = List.copyOf(hops);
    }

    public double itemsPerSecond() {
        return seconds > 0 ? items / seconds : 0;
    }

    public double megabytesPerSecond() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }

    public boolean paced() {
        return rate > 0;
    }
}
