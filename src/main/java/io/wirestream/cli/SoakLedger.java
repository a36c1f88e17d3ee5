package io.wirestream.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.wirestream.bench.SoakFeed;
import io.wirestream.topology.DeadLetterHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What a soak published and what came out of it: every item carries a header naming the run and
 * its place in the feed, which the stream copies onto its article, duplicate or dead letter, so
 * each output is matched to exactly one input whatever its key or id.
 */
final class SoakLedger {

    /** The header every soak item carries: {@code <application id>:<seq>}. */
    static final String ITEM_HEADER = "wirestream.soak.item";
    private static final int NAMED = 10;

    /** Where an item came out. */
    enum Outcome { ENRICHED, DUPLICATE, DEAD_LETTER }

    private final String run;
    private final List<SoakFeed.Kind> kinds = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<int[]> seen = new ArrayList<>();
    private long acknowledged;
    private long unacknowledged;
    private final List<Boolean> acked = new ArrayList<>();
    private final Map<Outcome, Long> outputs = new EnumMap<>(Outcome.class);
    private long deskCopies;
    private long foreign;

    /** @param run the application id, which the item header names */
    SoakLedger(String run) {
        this.run = run;
    }

    /** The value of {@link #ITEM_HEADER} for item {@code seq}. */
    byte[] header(long seq) {
        return (run + ":" + seq).getBytes(StandardCharsets.UTF_8);
    }

    synchronized void published(SoakFeed.Item item) {
        if (item.seq() != kinds.size()) {
            throw new IllegalStateException("items must be recorded in order: expected " + kinds.size() + ", got "
                    + item.seq());
        }
        kinds.add(item.kind());
        keys.add(item.key());
        seen.add(new int[Outcome.values().length]);
        acked.add(null);
    }

    /** The broker acknowledged item {@code seq} (or, with {@code ok} false, the producer gave up on it). */
    synchronized void acknowledged(long seq, boolean ok) {
        acked.set((int) seq, ok);
        if (ok) {
            acknowledged++;
        } else {
            unacknowledged++;
        }
    }

    /** Counts one record of news.enriched, news.duplicates or news.dlq. */
    synchronized void output(Outcome topic, ConsumerRecord<?, byte[]> r) {
        if (topic == Outcome.DEAD_LETTER && ReplayTally.isDeskSink(text(r, DeadLetterHandler.STAGE_HEADER))) {
            // One dead letter per desk an unwritable article was bound for; the item's own is write-enriched.
            deskCopies++;
            return;
        }
        int seq = seqOf(r);
        if (seq < 0 || seq >= kinds.size()) {
            foreign++;
            return;
        }
        seen.get(seq)[topic.ordinal()]++;
        outputs.merge(topic, 1L, Long::sum);
    }

    private int seqOf(ConsumerRecord<?, byte[]> r) {
        String value = text(r, ITEM_HEADER);
        String prefix = run + ":";
        if (value == null || !value.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(value.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    synchronized long published() {
        return kinds.size();
    }

    synchronized long outputs() {
        return outputs.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized long outputs(Outcome topic) {
        return outputs.getOrDefault(topic, 0L);
    }

    /** Every item the broker acknowledged has come out at least once (and none is still in flight). */
    synchronized boolean complete() {
        if (acknowledged + unacknowledged < kinds.size()) {
            return false;
        }
        for (int i = 0; i < kinds.size(); i++) {
            if (Boolean.TRUE.equals(acked.get(i)) && total(i) == 0) {
                return false;
            }
        }
        return true;
    }

    private int total(int seq) {
        int t = 0;
        for (int c : seen.get(seq)) {
            t += c;
        }
        return t;
    }

    /** What the accounting found: the lines to print and whether it holds. */
    record Verdict(boolean holds, List<String> lines) {
    }

    /**
     * Holds when every acknowledged item came out exactly once on one of the three topics, every
     * good item as an article or a duplicate and every bad one as a dead letter. An item the
     * producer gave up on may have been written or not, so it may come out once or not at all.
     */
    synchronized Verdict verdict() {
        List<String> missing = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        List<String> misrouted = new ArrayList<>();
        long missingCount = 0;
        long doubledCount = 0;
        long misroutedCount = 0;
        Map<SoakFeed.Kind, long[]> byKind = new EnumMap<>(SoakFeed.Kind.class);
        for (int i = 0; i < kinds.size(); i++) {
            SoakFeed.Kind kind = kinds.get(i);
            int[] s = seen.get(i);
            long[] row = byKind.computeIfAbsent(kind, k -> new long[Outcome.values().length + 1]);
            row[0]++;
            for (Outcome o : Outcome.values()) {
                row[o.ordinal() + 1] += s[o.ordinal()];
            }
            int total = total(i);
            if (total == 0 && Boolean.TRUE.equals(acked.get(i))) {
                missingCount++;
                if (missing.size() < NAMED) {
                    missing.add(name(i));
                }
            } else if (total > 1) {
                doubledCount++;
                if (doubled.size() < NAMED) {
                    doubled.add(name(i) + " (enriched " + s[0] + ", duplicates " + s[1] + ", dead letters " + s[2] + ")");
                }
            } else if (total == 1 && kind.good() == (s[Outcome.DEAD_LETTER.ordinal()] == 1)) {
                misroutedCount++;
                if (misrouted.size() < NAMED) {
                    misrouted.add(name(i) + (kind.good() ? " was dead-lettered" : " came out as an article"));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "published %,d item(s), %,d acknowledged%s", kinds.size(), acknowledged,
                unacknowledged == 0 ? "" : String.format(Locale.ROOT, ", %,d given up by the producer (may come out "
                        + "once or not at all)", unacknowledged)));
        byKind.forEach((kind, row) -> lines.add(String.format(Locale.ROOT,
                "  %-12s %,8d -> enriched %,d, duplicates %,d, dead letters %,d", kind.slug(), row[0], row[1], row[2],
                row[3])));
        long enriched = outputs(Outcome.ENRICHED);
        long duplicates = outputs(Outcome.DUPLICATE);
        long dead = outputs(Outcome.DEAD_LETTER);
        lines.add(String.format(Locale.ROOT, "news.enriched %,d, news.duplicates %,d, news.dlq %,d%s%s", enriched,
                duplicates, dead, deskCopies == 0 ? "" : String.format(Locale.ROOT,
                        " (+%,d desk-sink dead letters, copies of an item already counted)", deskCopies),
                foreign == 0 ? "" : String.format(Locale.ROOT, "; %,d record(s) not from this soak ignored", foreign)));
        boolean holds = missingCount == 0 && doubledCount == 0 && misroutedCount == 0;
        lines.add(String.format(Locale.ROOT, "in %,d = enriched %,d + duplicates %,d + dead letters %,d: %s",
                acknowledged, enriched, duplicates, dead, holds ? "holds, every item exactly once"
                        : "DOES NOT HOLD"));
        if (missingCount > 0) {
            lines.add(String.format(Locale.ROOT, "missing (never came out): %,d, e.g. %s", missingCount,
                    String.join("; ", missing)));
        }
        if (doubledCount > 0) {
            lines.add(String.format(Locale.ROOT, "doubled (came out more than once): %,d, e.g. %s", doubledCount,
                    String.join("; ", doubled)));
        }
        if (misroutedCount > 0) {
            lines.add(String.format(Locale.ROOT, "misrouted: %,d, e.g. %s", misroutedCount,
                    String.join("; ", misrouted)));
        }
        return new Verdict(holds, lines);
    }

    private String name(int seq) {
        return "#" + seq + " " + kinds.get(seq).slug() + (keys.get(seq) == null ? " (no key)" : " " + keys.get(seq));
    }

    void print(PrintWriter out, Verdict verdict) {
        verdict.lines().forEach(l -> out.println("  " + l));
        out.flush();
    }

    private static String text(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
