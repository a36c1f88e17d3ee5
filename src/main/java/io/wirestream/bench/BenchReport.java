package io.wirestream.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The benchmark's report, as Markdown ready to paste into BENCHMARKS.md: the rows, then the
 * ratios the issue sets goals for, each with its goal beside it.
 */
public final class BenchReport {

    private final String corpus;
    private final String setup;
    private final int threads;
    private final List<Measurement> backlog = new ArrayList<>();
    private final List<Measurement> paced = new ArrayList<>();
    private Measurement withoutReissues;

    /**
     * @param corpus  one line saying what was published
     * @param setup   one line saying where it ran (broker, partitions, machine)
     * @param threads the thread count of the main table
     */
    public BenchReport(String corpus, String setup, int threads) {
        this.corpus = corpus;
        this.setup = setup;
        this.threads = threads;
    }

    public void addBacklog(Measurement m) {
        backlog.add(m);
    }

    public void addPaced(Measurement m) {
        paced.add(m);
    }

    /** The complete pipeline on the same corpus generated without re-issues. */
    public void setWithoutReissues(Measurement m) {
        withoutReissues = m;
    }

    /** The backlog row of {@code scenario} at {@code threadCount}, if it ran. */
    public Optional<Measurement> backlog(Scenario scenario, int threadCount) {
        return backlog.stream().filter(m -> m.scenario() == scenario && m.threads() == threadCount).findFirst();
    }

    public void print(PrintWriter out) {
        out.println("## wirestream bench");
        out.println();
        out.println("- corpus: " + corpus);
        out.println("- setup: " + setup);
        out.println("- JIT s: time the JIT compilers spent during the row, summed over their threads; they share "
                + "the cores with the stream threads, so a large figure means the row measured warm-up too");
        out.println();
        out.println("### Throughput, " + threads + " thread(s), backlog published first");
        out.println();
        out.println("| scenario | threads | items | out | s | items/s | MB/s | JIT s | heap peak MiB | RSS peak MiB | RSS end MiB | load 1m |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Scenario s : Scenario.values()) {
            backlog(s, threads).ifPresent(m -> out.println(row(m)));
        }
        out.println();
        out.println("### Latency, paced input, " + threads + " thread(s)");
        out.println();
        out.println("| scenario | threads | rate items/s | items | out | p50 ms | p99 ms | heap peak MiB | RSS peak MiB | RSS end MiB | load 1m |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Measurement m : paced) {
            out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | %d | %d | %d | %d | %.2f |",
                    m.scenario().slug(), m.threads(), m.rate(), m.items(), m.outputs(), m.p50Millis(), m.p99Millis(),
                    m.memory().heapPeakMiB(), m.memory().rssPeakMiB(), m.memory().rssEndMiB(), m.load()));
        }
        out.println();
        printHops(out);
        TreeSet<Integer> counts = new TreeSet<>();
        backlog.forEach(m -> counts.add(m.threads()));
        out.println("### Scaling, items/s by threads");
        out.println();
        StringBuilder head = new StringBuilder("| scenario |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int t : counts) {
            head.append(' ').append(t).append(" thread(s) |");
            rule.append("---|");
        }
        boolean ratio = counts.size() > 1;
        if (ratio) {
            head.append(' ').append(counts.last()).append(" / ").append(counts.first()).append(" |");
            rule.append("---|");
        }
        out.println(head);
        out.println(rule);
        for (Scenario s : Scenario.values()) {
            StringBuilder line = new StringBuilder("| " + s.slug() + " |");
            for (int t : counts) {
                line.append(' ').append(backlog(s, t).map(m -> fmt(m.itemsPerSecond())).orElse("-")).append(" |");
            }
            if (ratio) {
                line.append(' ').append(ratio(backlog(s, counts.last()), backlog(s, counts.first()))).append(" |");
            }
            out.println(line);
        }
        out.println();
        out.println("### Goals");
        out.println();
        out.println("| figure | measured | goal |");
        out.println("|---|---|---|");
        out.println("| ratio 2/1: ner-off / pass-through, items/s | "
                + ratio(backlog(Scenario.NER_OFF, threads), backlog(Scenario.PASS_THROUGH, threads)) + " | >= 0.5 |");
        out.println("| ratio 3/4: complete / ner-alone, items/s | "
                + ratio(backlog(Scenario.COMPLETE, threads), backlog(Scenario.NER_ALONE, threads)) + " | >= 0.9 |");
        if (ratio) {
            out.println("| complete, " + counts.last() + " threads / " + counts.first() + " | "
                    + ratio(backlog(Scenario.COMPLETE, counts.last()), backlog(Scenario.COMPLETE, counts.first()))
                    + " | >= 1.7 (2 vs 1, external broker) |");
        }
        paced.stream().filter(m -> m.scenario() == Scenario.COMPLETE).findFirst().ifPresent(m -> {
            out.println(String.format(Locale.ROOT, "| complete p99 at %.1f items/s | %d ms | < 500 ms at half the "
                    + "sustainable rate |", m.rate(), m.p99Millis()));
            out.println("| steady-state RSS (end of the paced complete run) | " + m.memory().rssEndMiB()
                    + " MiB | <= 1024 MiB |");
        });
        if (withoutReissues != null) {
            out.println(String.format(Locale.ROOT, "| re-issue feed / feed without re-issues, complete, items/s "
                            + "(%s / %s) | %s | >= 1.4 |",
                    backlog(Scenario.COMPLETE, threads).map(m -> fmt(m.itemsPerSecond())).orElse("-"),
                    fmt(withoutReissues.itemsPerSecond()),
                    ratio(backlog(Scenario.COMPLETE, threads), Optional.of(withoutReissues))));
        }
        out.println();
        out.println("Process RSS high-water mark over the whole run: " + MemoryWatermarks.lifetimeRssPeakMiB() + " MiB; "
                + "max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB.");
        out.flush();
    }

    /**
     * Where a paced row's latency accrues: the publish-to-readable latency at each internal topic, then at the
     * outputs. Each hop adds its sub-topology's work and the wait for its exactly-once commit.
     */
    private void printHops(PrintWriter out) {
        List<Measurement> withHops = paced.stream().filter(m -> !m.hops().isEmpty()).toList();
        if (withHops.isEmpty()) {
            return;
        }
        out.println("### Latency by hop, paced input (p50 / p99 ms from publish to readable)");
        out.println();
        out.println("Each internal topic is read like an output (committed records only); where an item fans out, "
                + "its time is that of its last record, when the next sub-topology can act on it.");
        out.println();
        StringBuilder head = new StringBuilder("| scenario | threads | rate items/s |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (HopLatency hop : withHops.get(0).hops()) {
            head.append(' ').append(hop.topic()).append(" |");
            rule.append("---|");
        }
        out.println(head.append(" outputs |"));
        out.println(rule.append("---|"));
        for (Measurement m : withHops) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.1f |",
                    m.scenario().slug(), m.threads(), m.rate()));
            for (HopLatency hop : m.hops()) {
                line.append(' ').append(hop.p50Millis()).append(" / ").append(hop.p99Millis()).append(" |");
            }
            out.println(line.append(' ').append(m.p50Millis()).append(" / ").append(m.p99Millis()).append(" |"));
        }
        out.println();
    }

    private static String row(Measurement m) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %s | %.2f | %.1f | %d | %d | %d | %.2f |",
                m.scenario().slug(), m.threads(), m.items(), m.outputs(), m.seconds(), fmt(m.itemsPerSecond()),
                m.megabytesPerSecond(), m.jitSeconds(), m.memory().heapPeakMiB(), m.memory().rssPeakMiB(), m.memory().rssEndMiB(),
                m.load());
    }

    private static String ratio(Optional<Measurement> a, Optional<Measurement> b) {
        if (a.isEmpty() || b.isEmpty() || b.get().itemsPerSecond() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", a.get().itemsPerSecond() / b.get().itemsPerSecond());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
