package io.wirestream.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap and resident-set high-water marks over one measurement: heap used sampled every 50 ms,
 * RSS from {@code /proc/self/status} ({@code VmHWM}, reset at the start through
 * {@code /proc/self/clear_refs} where the kernel allows it, else the highest sampled {@code VmRSS}).
 */
public final class MemoryWatermarks implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    /** Peaks and the resident set at the end, in MiB; -1 where the platform does not say. */
    public record Snapshot(long heapPeakMiB, long rssPeakMiB, long rssEndMiB) {
    }

    private final ScheduledExecutorService sampler;
    private final AtomicLong heapPeak = new AtomicLong();
    private final AtomicLong rssPeak = new AtomicLong(-1);
    private final boolean hwmReset;

    private MemoryWatermarks() {
        hwmReset = resetHighWaterMark();
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-memory-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(this::sample, 0, 50, TimeUnit.MILLISECONDS);
    }

    /** Starts sampling now. */
    public static MemoryWatermarks start() {
        return new MemoryWatermarks();
    }

    private void sample() {
        heapPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        rssPeak.accumulateAndGet(statusKiB("VmRSS:"), Math::max);
    }

    /** Stops sampling and returns the marks. */
    public Snapshot stop() {
        sampler.shutdownNow();
        sample();
        long hwm = hwmReset ? statusKiB("VmHWM:") : -1;
        long rss = Math.max(hwm, rssPeak.get());
        return new Snapshot(heapPeak.get() >> 20, rss < 0 ? -1 : rss >> 10, toMiB(statusKiB("VmRSS:")));
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    /** The process's lifetime resident-set high-water mark, MiB, or -1. */
    public static long lifetimeRssPeakMiB() {
        return toMiB(statusKiB("VmHWM:"));
    }

    private static long toMiB(long kib) {
        return kib < 0 ? -1 : kib >> 10;
    }

    private static boolean resetHighWaterMark() {
        try {
            // "5" resets the peak resident set size to the current one (Linux 4.0+).
            Files.writeString(CLEAR_REFS, "5");
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static long statusKiB(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
