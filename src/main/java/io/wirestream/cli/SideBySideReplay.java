package io.wirestream.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.wirestream.topology.OutputTopics;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Reprocesses {@code news.raw} under a versioned application id into versioned output topics while
 * the live application keeps running, reports progress on {@code err}, and returns once every item
 * read is accounted for on the versioned outputs, printing a summary on {@code out}.
 */
final class SideBySideReplay {

    private final Map<String, Object> client;
    private final WirestreamConfig config;
    private final OutputTopics outputs;
    private final Instant from;
    private final Duration progressEvery;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param config        the versioned application (its id is not the live one's)
     * @param from          reprocess from this record time, or from the beginning when null
     * @param progressEvery how often a progress line is printed
     */
    SideBySideReplay(Map<String, Object> client, WirestreamConfig config, OutputTopics outputs, Instant from,
                     Duration progressEvery, PrintWriter out, PrintWriter err) {
        this.client = Map.copyOf(client);
        this.config = config;
        this.outputs = outputs;
        this.from = from;
        this.progressEvery = progressEvery;
        this.out = out;
        this.err = err;
    }

    /** Prints what would be reprocessed and where it would go; changes nothing. */
    void plan() throws Exception {
        try (Admin admin = Admin.create(client)) {
            Range range = range(admin);
            out.printf("replay: would reprocess %d record(s) of %s %s as application '%s' into %s%n",
                    range.records(), Topics.RAW, fromText(), config.applicationId(), String.join(", ", outputs.names()));
            out.println("replay: dry run, nothing changed");
        }
    }

    /** @return true when every item read came out on the versioned topics */
    boolean run(Supplier<Stages> models) throws Exception {
        Range range;
        Stages stages;
        try (Admin admin = Admin.create(client)) {
            refuseFilledOutputs(admin);
            range = range(admin);
            err.println("replay: loading the models...");
            err.flush();
            stages = models.get();
            // The versioned group starts where the range starts, whatever its auto.offset.reset says.
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            range.start().forEach((tp, o) -> start.put(tp, new OffsetAndMetadata(o)));
            admin.alterConsumerGroupOffsets(config.applicationId(), start).all().get(60, TimeUnit.SECONDS);
        }
        err.printf("replay: reprocessing %d record(s) of %s %s as application '%s' into %s%n", range.records(),
                Topics.RAW, fromText(), config.applicationId(), String.join(", ", outputs.names()));
        err.flush();
        long t0 = System.nanoTime();
        ReplayTally tally = new ReplayTally(outputs);
        boolean complete;
        try (StreamsRuntime runtime = StreamsRuntime.start(config, stages, outputs, client, err);
             Admin admin = Admin.create(client);
             TopicReader reader = new TopicReader(client, outputs.names(), true)) {
            complete = follow(runtime, admin, reader, tally, range, t0);
        }
        tally.print(out, range.records(), Topics.RAW + " " + fromText(), config.applicationId(),
                (System.nanoTime() - t0) / 1e9);
        if (!complete) {
            out.println("replay: not every item read came out; see the counts above and the application's log");
        }
        return complete;
    }

    private boolean follow(StreamsRuntime runtime, Admin admin, TopicReader reader, ReplayTally tally, Range range,
                           long t0) throws Exception {
        // Held articles wait out the grace before they are released: give up only well after that.
        long stallNanos = Math.max(Duration.ofSeconds(60).toNanos(), 3 * config.dedupe().grace().toNanos());
        long lastChange = System.nanoTime();
        long lastOut = -1;
        while (true) {
            long until = System.nanoTime() + progressEvery.toNanos();
            reader.read(tally::add, Long.MAX_VALUE, null, n -> System.nanoTime() < until);
            long read = range.read(committed(admin));
            double seconds = (System.nanoTime() - t0) / 1e9;
            double rate = seconds > 0 ? read / seconds : 0;
            String eta = read >= range.offsets() ? "0 s" : rate > 0
                    ? Math.round((range.offsets() - read) / rate) + " s" : "unknown";
            err.printf("replay: read %d of %d (%.1f %%), %.0f items/s, ETA %s; out: %s%n", read, range.offsets(),
                    range.offsets() == 0 ? 100.0 : 100.0 * read / range.offsets(), rate, eta, tally.brief());
            err.flush();
            if (read >= range.offsets() && tally.accountsFor(range.records())) {
                return true;
            }
            KafkaStreams.State state = runtime.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                err.println("replay: the replaying application stopped (" + state + ")");
                return false;
            }
            if (tally.outputs() != lastOut) {
                lastOut = tally.outputs();
                lastChange = System.nanoTime();
            } else if (read >= range.offsets() && System.nanoTime() - lastChange > stallNanos) {
                err.println("replay: everything was read but nothing came out for " + stallNanos / 1_000_000_000
                        + " s; stopping");
                return false;
            }
        }
    }

    private void refuseFilledOutputs(Admin admin) throws Exception {
        var existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (var d : admin.describeTopics(outputs.names().stream().filter(existing::contains).toList())
                .allTopicNames().get(60, TimeUnit.SECONDS).values()) {
            d.partitions().forEach(p -> ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
        }
        var filled = admin.listOffsets(ends).all().get(60, TimeUnit.SECONDS).entrySet().stream()
                .filter(e -> e.getValue().offset() > 0).map(e -> e.getKey().topic()).collect(Collectors.toSet());
        // Named in the order of outputs.names(), so the message is the same on every run.
        outputs.names().stream().filter(filled::contains).findFirst().ifPresent(topic -> {
            throw new IllegalStateException(topic + " already holds records (an earlier replay into this "
                    + "version?): choose another --side-by-side version, or delete the versioned topics first");
        });
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(Admin admin)
            throws InterruptedException, ExecutionException, TimeoutException {
        return admin.listConsumerGroupOffsets(config.applicationId()).partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
    }

    /** The offsets to reprocess on each partition of news.raw, and how many records lie between. */
    private Range range(Admin admin) throws Exception {
        var description = admin.describeTopics(List.of(Topics.RAW.name())).allTopicNames().get(60, TimeUnit.SECONDS)
                .get(Topics.RAW.name());
        Map<TopicPartition, OffsetSpec> first = new HashMap<>();
        Map<TopicPartition, OffsetSpec> last = new HashMap<>();
        for (var p : description.partitions()) {
            TopicPartition tp = new TopicPartition(Topics.RAW.name(), p.partition());
            first.put(tp, from == null ? OffsetSpec.earliest() : OffsetSpec.forTimestamp(from.toEpochMilli()));
            last.put(tp, OffsetSpec.latest());
        }
        // Committed records only: an open transaction's records are not the replay's to wait for.
        ListOffsetsOptions committed = new ListOffsetsOptions(IsolationLevel.READ_COMMITTED);
        var ends = admin.listOffsets(last, committed).all().get(60, TimeUnit.SECONDS);
        var starts = admin.listOffsets(first, committed).all().get(60, TimeUnit.SECONDS);
        Map<TopicPartition, Long> start = new HashMap<>();
        Map<TopicPartition, Long> end = new HashMap<>();
        for (TopicPartition tp : first.keySet()) {
            end.put(tp, ends.get(tp).offset());
            // No record at or after --to-datetime: the partition has nothing to reprocess.
            long s = starts.get(tp).offset();
            start.put(tp, s < 0 ? end.get(tp) : s);
        }
        return new Range(start, end, count(start, end));
    }

    /** Offsets overcount records (transaction markers take offsets); the accounting needs records. */
    private long count(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end) {
        Map<String, Object> props = new HashMap<>(client);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<TopicPartition> pending = new ArrayList<>(start.keySet().stream()
                .filter(tp -> end.get(tp) > start.get(tp)).toList());
        long records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(pending);
            pending.forEach(tp -> consumer.seek(tp, start.get(tp)));
            while (!pending.isEmpty()) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        records++;
                    }
                }
                pending.removeIf(tp -> consumer.position(tp) >= end.get(tp));
                consumer.pause(consumer.assignment().stream().filter(tp -> !pending.contains(tp)).toList());
            }
        }
        return records;
    }

    private String fromText() {
        return from == null ? "from the beginning" : "from " + from;
    }

    /** Where the replay starts and ends on each partition of news.raw. */
    private record Range(Map<TopicPartition, Long> start, Map<TopicPartition, Long> end, long records) {

        long offsets() {
            return end.keySet().stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
        }

        /** Offsets of the range the group has committed past. */
        long read(Map<TopicPartition, OffsetAndMetadata> committed) {
            long read = 0;
            for (TopicPartition tp : end.keySet()) {
                OffsetAndMetadata c = committed.get(tp);
                long at = c == null ? start.get(tp) : Math.min(c.offset(), end.get(tp));
                read += Math.max(0, at - start.get(tp));
            }
            return read;
        }
    }
}
