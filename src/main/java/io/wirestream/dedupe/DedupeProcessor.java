package io.wirestream.dedupe;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.Value;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Remembers every candidate under its record key at once, holds it for the grace, then decides it
 * with its rule against everything remembered under that key (its content, id or band bucket), so
 * the decision depends on the items' own times, not on the order they arrived in.
 *
 * <p>Candidates are released when stream time passes their record time plus the grace, or once they
 * have waited a grace of wall-clock time here, whichever comes first: when the feed stops, stream
 * time stops with it, and the last articles must not wait for the next one.
 */
public final class DedupeProcessor implements Processor<String, Candidate, String, Candidate> {

    /** One dedupe rule: how to decide a candidate against the others remembered under its key. */
    public interface Rule {
        /**
         * @param key    the record key: the bucket
         * @param self   what is remembered of the candidate itself
         * @param others everything else remembered under the key within the horizon, in any order
         * @param grace  the hold, in ms of stream time
         */
        Candidate decide(String key, Candidate candidate, Seen self, List<Seen> others, long grace);
    }

    private final String storeName;
    private final String holdStoreName;
    private final DedupeConfig config;
    private final Rule rule;
    private ProcessorContext<String, Candidate> context;
    private WindowStore<String, Seen> remembered;
    private KeyValueStore<String, Candidate> held;
    private Sensor heldEntries;
    /** Held records in the order this processor saw them, with when (wall clock). */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    /**
     * Every held candidate with a record time at or before this has been released. Scans start after
     * it: released entries are deletes, and a RocksDB scan from the first key would step over every
     * delete not yet compacted away, on every record. Not stored: after a restart, one full scan.
     */
    private long releasedThrough = -1;

    /**
     * @param storeName     window store of what is remembered per key, retention the horizon, duplicates retained
     * @param holdStoreName key-value store of the candidates held for the grace
     */
    public DedupeProcessor(String storeName, String holdStoreName, DedupeConfig config, Rule rule) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.holdStoreName = Objects.requireNonNull(holdStoreName, "holdStoreName");
        this.config = Objects.requireNonNull(config, "config");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
        this.remembered = context.getStateStore(storeName);
        this.held = context.getStateStore(holdStoreName);
        // A gauge of what waits in the hold, served with the Streams metrics (/metrics).
        String task = context.taskId().toString();
        heldEntries = context.metrics().addSensor("wirestream-" + holdStoreName + "-" + task, Sensor.RecordingLevel.INFO);
        heldEntries.add(new MetricName("held-entries", "wirestream-dedupe-metrics",
                "Records held for the grace, waiting for their decision", Map.of("task-id", task, "store", holdStoreName)),
                new Value());
        long grace = config.grace().toMillis();
        // What was held before a restart waits its grace again, from now.
        long now = context.currentSystemTimeMs();
        try (KeyValueIterator<String, Candidate> it = held.all()) {
            it.forEachRemaining(kv -> waiting.add(new Waiting(now, kv.key)));
        }
        // Wall-clock bound: stream time stops when the feed does, and a held record must not wait for the next one.
        Duration every = Duration.ofMillis(Math.max(100, Math.min(1000, grace / 2)));
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, wallClock -> {
            releaseWaitedOut(wallClock - grace);
            heldEntries.record(held.approximateNumEntries());
        });
    }

    @Override
    public void close() {
        if (heldEntries != null) {
            context.metrics().removeSensor(heldEntries);
        }
    }

    @Override
    public void process(Record<String, Candidate> record) {
        Seen seen = record.value().seen();
        remembered.put(record.key(), seen, record.timestamp());
        String holdKey = holdKey(record.timestamp(), seen.ref(), record.key());
        if (record.timestamp() <= releasedThrough) {
            // Already due (an out-of-order record older than what has gone out): decided now, never held.
            decide(record.key(), withHeaders(record), record.timestamp());
        } else {
            // Held without shingles: the window store above keeps them, and the hold is changelogged too.
            held.put(holdKey, withHeaders(record).withoutShingles());
        }
        release(context.currentStreamTimeMs() - config.grace().toMillis());
        if (record.timestamp() > releasedThrough) {
            // Still held: it goes out by wall clock at the latest.
            waiting.add(new Waiting(context.currentSystemTimeMs(), holdKey));
        }
    }

    /** One held record and when it reached this processor. */
    private record Waiting(long seenAt, String holdKey) {
    }

    /**
     * Decides every held record this processor saw at or before {@code seenBefore} (wall clock), whatever
     * stream time says. Those released by stream time meanwhile are gone from the store and skipped.
     */
    private void releaseWaitedOut(long seenBefore) {
        while (!waiting.isEmpty() && waiting.peekFirst().seenAt() <= seenBefore) {
            String holdKey = waiting.pollFirst().holdKey();
            Candidate candidate = held.get(holdKey);
            if (candidate != null) {
                held.delete(holdKey);
                decide(holdKey.split("\\|", 3)[2], candidate, timeOf(holdKey));
            }
        }
    }

    /** Decides and forwards every held candidate whose record time is at or before {@code cutoff}. */
    private void release(long cutoff) {
        if (cutoff <= releasedThrough) {
            return;
        }
        List<KeyValue<String, Candidate>> due = new ArrayList<>();
        // Keys are "<19-digit time>|...": the bare time after the cutoff sorts after every key of the cutoff.
        String to = timePrefix(cutoff + 1);
        try (KeyValueIterator<String, Candidate> it = held.range(timePrefix(releasedThrough + 1), to)) {
            it.forEachRemaining(due::add);
        }
        for (KeyValue<String, Candidate> entry : due) {
            held.delete(entry.key);
            decide(entry.key.split("\\|", 3)[2], entry.value, timeOf(entry.key));
        }
        releasedThrough = cutoff;
    }

    /** Decides one candidate against everything remembered under its key and forwards the answer. */
    private void decide(String key, Candidate candidate, long timestamp) {
        String ref = candidate.seen().ref();
        Seen self = candidate.seen();
        List<Seen> others = new ArrayList<>();
        long horizon = config.horizon().toMillis();
        try (WindowStoreIterator<Seen> it = remembered.fetch(key, Math.max(0, timestamp - horizon),
                timestamp + horizon)) {
            while (it.hasNext()) {
                Seen member = it.next().value;
                if (!member.ref().equals(ref)) {
                    others.add(member);
                } else if (self.shingles() == null) {
                    self = member; // a held candidate's shingles, from where the store keeps them
                }
            }
        }
        Candidate decided = rule.decide(key, candidate, self, others, config.grace().toMillis());
        // The gather counts answers and reads verdicts: shingles would only weigh down its repartition topic.
        context.forward(new Record<>(key, decided.withHeaders(null).withoutShingles(), timestamp,
                headersOf(candidate)));
    }

    private static String timePrefix(long timestamp) {
        return ZeroPadded.append(new StringBuilder(19), Math.max(0, timestamp), 19).toString();
    }

    /** Zero-padded record time first, so the store iterates held candidates in record-time order. */
    static String holdKey(long timestamp, String ref, String key) {
        StringBuilder out = new StringBuilder(21 + ref.length() + key.length());
        return ZeroPadded.append(out, Math.max(0, timestamp), 19).append('|').append(ref).append('|').append(key)
                .toString();
    }

    private static long timeOf(String holdKey) {
        return Long.parseLong(holdKey.substring(0, 19));
    }

    /** The record's value with copies of its headers when it carries the article (the stores keep no headers). */
    static Candidate withHeaders(Record<String, Candidate> record) {
        if (record.value().article() == null) {
            return record.value();
        }
        List<Candidate.HeaderCopy> copies = new ArrayList<>();
        record.headers().forEach(h -> copies.add(new Candidate.HeaderCopy(h.key(), h.value())));
        return record.value().withHeaders(copies);
    }

    static RecordHeaders headersOf(Candidate candidate) {
        RecordHeaders headers = new RecordHeaders();
        if (candidate.headers() != null) {
            candidate.headers().forEach(h -> headers.add(h.key(), h.value()));
        }
        return headers;
    }
}
