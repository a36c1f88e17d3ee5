package io.wirestream.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * How long the JIT compilers have worked, summed over their threads. On a small machine they share the
 * cores with the stream threads, so a row measured while they still compile the hot paths measures
 * warm-up, not the steady state of a long-running instance.
 */
final class JitTime {

    private JitTime() {
    }

    /** Milliseconds the JIT has spent compiling since the JVM started, or -1 where the JVM does not say. */
    static long totalMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Seconds compiled since {@code startMillis} (a {@link #totalMillis()} reading), or -1 when unknown. */
    static double secondsSince(long startMillis) {
        long now = totalMillis();
        return startMillis < 0 || now < 0 ? -1 : (now - startMillis) / 1e3;
    }
}
