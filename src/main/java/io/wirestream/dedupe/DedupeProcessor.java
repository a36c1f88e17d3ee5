package io.wirestream.dedupe;

import java.time.Duration;
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
 * <p>Candidates are released when stream time passes their record time plus the grace, or, when
 * no record has come for a grace of wall-clock time (an idle partition), all at once.
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
    private long lastRecordAt;
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
        this.lastRecordAt = context.currentSystemTimeMs();
        // A gauge of what waits in the hold, served with the Streams metrics (/metrics).
        String task = context.taskId().toString();
        heldEntries = context.metrics().addSensor("wirestream-" + holdStoreName + "-" + task, Sensor.RecordingLevel.INFO);
        heldEntries.add(new MetricName("held-entries", "wirestream-dedupe-metrics",
                "Records held for the grace, waiting for their decision", Map.of("task-id", task, "store", holdStoreName)),
                new Value());
        long grace = config.grace().toMillis();
        // Wall-clock fallback: an idle partition must not keep its last articles forever.
        Duration every = Duration.ofMillis(Math.max(100, Math.min(1000, grace / 2)));
        context.schedule(every, PunctuationType.WALL_CLOCK_TIME, now -> {
            // Idle means no record at all, not just no newer one: copies that arrive with older
            // timestamps, or from an upstream task that is slow or rebalancing, still count as traffic.
            if (now - lastRecordAt >= grace) {
                release(Long.MAX_VALUE);
            }
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
        lastRecordAt = context.currentSystemTimeMs();
        long cutoff = context.currentStreamTimeMs() - config.grace().toMillis();
        if (record.timestamp() <= releasedThrough) {
            // Already due (an out-of-order record older than what has gone out): decided now, never held.
            decide(record.key(), withHeaders(record), record.timestamp());
        } else {
            held.put(holdKey(record.timestamp(), seen.ref(), record.key()), withHeaders(record));
        }
        release(cutoff);
    }

    /** Decides and forwards every held candidate whose record time is at or before {@code cutoff}. */
    private void release(long cutoff) {
        if (cutoff <= releasedThrough) {
            return;
        }
        List<KeyValue<String, Candidate>> due = new ArrayList<>();
        // Keys are "<19-digit time>|...": the bare time after the cutoff sorts after every key of the cutoff.
        String to = cutoff == Long.MAX_VALUE ? null : timePrefix(cutoff + 1);
        try (KeyValueIterator<String, Candidate> it = held.range(timePrefix(releasedThrough + 1), to)) {
            it.forEachRemaining(due::add);
        }
        long latest = releasedThrough;
        for (KeyValue<String, Candidate> entry : due) {
            long timestamp = timeOf(entry.key);
            held.delete(entry.key);
            decide(entry.key.split("\\|", 3)[2], entry.value, timestamp);
            latest = Math.max(latest, timestamp);
        }
        // A wall-clock release has no cutoff of its own: what went out is the bound.
        releasedThrough = cutoff == Long.MAX_VALUE ? latest : cutoff;
    }

    /** Decides one candidate against everything remembered under its key and forwards the answer. */
    private void decide(String key, Candidate candidate, long timestamp) {
        Seen self = candidate.seen();
        List<Seen> others = new ArrayList<>();
        long horizon = config.horizon().toMillis();
        try (WindowStoreIterator<Seen> it = remembered.fetch(key, Math.max(0, timestamp - horizon),
                timestamp + horizon)) {
            it.forEachRemaining(kv -> {
                if (!kv.value.ref().equals(self.ref())) {
                    others.add(kv.value);
                }
            });
        }
        Candidate decided = rule.decide(key, candidate, self, others, config.grace().toMillis());
        context.forward(new Record<>(key, decided.withHeaders(null), timestamp, headersOf(candidate)));
    }

    private static String timePrefix(long timestamp) {
        return String.format("%019d", Math.max(0, timestamp));
    }

    /** Zero-padded record time first, so the store iterates held candidates in record-time order. */
    private static String holdKey(long timestamp, String ref, String key) {
        return String.format("%019d|%s|%s", Math.max(0, timestamp), ref, key);
    }

    private static long timeOf(String holdKey) {
        return Long.parseLong(holdKey.substring(0, 19));
    }

    private static Candidate withHeaders(Record<String, Candidate> record) {
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
