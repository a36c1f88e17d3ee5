package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.wirestream.bench.SoakFeed;
import io.wirestream.bench.StreamsBench;
import io.wirestream.bench.WireCorpus;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.broker.TopicProvisioner;
import io.wirestream.ingest.FeedParser;
import io.wirestream.topology.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirestream soak}: crashes, broker outages and malformed input for as long as asked, then the accounting. */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run Wirestream ('wirestream run' in a JVM of its own) for --duration while publishing a mix of "
                + "generated wire stories (with re-issues), malformed items and items over --max-item-bytes at --rate, "
                + "killing the instance with SIGKILL every --crash-every and restarting it at once, and, on the "
                + "embedded broker, stopping the broker every --outage-every for --outage-length. Progress goes to "
                + "stderr every few seconds.",
                "At the end it waits (up to --drain-timeout) for every item to come out, reads news.enriched, "
                        + "news.duplicates and news.dlq with read_committed and prints the accounting: items published "
                        + "= enriched + duplicates + dead letters, each item exactly once (matched by a header every "
                        + "item carries), good items never dead-lettered, bad ones always. Exit 0 when it holds and the "
                        + "instance is still running; 1 when it does not, naming what is missing, doubled or "
                        + "misrouted.",
                "The run options below (partitions, dedupe, chrome, threads, guarantee, item limit, NER, "
                        + "--command-config, --config) are passed to the instance.",
                "Without --bootstrap-server an embedded broker runs in this process. With it, the soak cannot take "
                        + "the cluster's brokers down, so it only crashes the instance; it writes news.raw and reads "
                        + "the outputs of a fresh application id, so use a cluster no live Wirestream reads."})
final class SoakCommand implements Callable<Integer> {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);
    private static final Duration FIRST_START = Duration.ofMinutes(5);
    /** After the last item came out, how long the outputs are still read for doubles written late. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    /** A crashed instance's partitions move after the session timeout; Kafka's 45 s default would idle the soak. */
    private static final String SESSION_TIMEOUT_MS = "10000";

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", defaultValue = "10m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "How long to publish and cause trouble, counted from the instance's first RUNNING: 90s, "
                    + "10m, 8h (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--rate", defaultValue = "20", paramLabel = "ITEMS_PER_S",
            description = "Items published per second; after a stall (a broker outage) publishing resumes at this rate "
                    + "rather than catching up in a burst (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--crash-every", defaultValue = "60s", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Kill the instance with SIGKILL this often and restart it at once with the same state "
                    + "directory, as a supervisor would; 0s never. A crash due during a broker outage waits for the "
                    + "broker (default: ${DEFAULT-VALUE}).")
    Duration crashEvery;

    @Option(names = "--outage-every", defaultValue = "90s", converter = DurationConverter.class,
            paramLabel = "DURATION",
            description = "Stop the embedded broker this often; 0s never. Ignored, with a warning, with "
                    + "--bootstrap-server (default: ${DEFAULT-VALUE}).")
    Duration outageEvery;

    @Option(names = "--outage-length", defaultValue = "20s", converter = DurationConverter.class,
            paramLabel = "DURATION",
            description = "How long each broker outage lasts before the broker restarts on the same port and data "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration outageLength;

    @Option(names = "--drain-timeout", defaultValue = "3m", converter = DurationConverter.class,
            paramLabel = "DURATION",
            description = "After publishing stops, how long to wait for every item to come out before the accounting "
                    + "names what is missing (default: ${DEFAULT-VALUE}).")
    Duration drainTimeout;

    @Option(names = "--seed", defaultValue = "" + WireCorpus.DEFAULT_SEED,
            description = "Seed of the input mix: the same seed publishes the same items in the same order "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    // After the soak's own options, so --help lists those first.
    @Mixin
    KafkaOptions kafka;

    @Mixin
    NerOptions ner;

    @Mixin
    PipelineOptions pipeline;

    private PrintWriter err;
    private EmbeddedKafkaBroker broker;
    private Path brokerData;
    private int crashes;
    private int outages;
    private int unexpectedExits;

    private void validate() {
        if (!(rate > 0)) {
            throw new ParameterException(spec.commandLine(), "--rate must be > 0, was " + rate);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new ParameterException(spec.commandLine(), "--duration must be > 0, was " + duration);
        }
        for (var d : Map.of("--crash-every", crashEvery, "--outage-every", outageEvery, "--drain-timeout",
                drainTimeout).entrySet()) {
            if (d.getValue().isNegative()) {
                throw new ParameterException(spec.commandLine(), d.getKey() + " must be >= 0, was " + d.getValue());
            }
        }
        if (!outageEvery.isZero() && (outageLength.isNegative() || outageLength.isZero()
                || outageLength.compareTo(outageEvery) >= 0)) {
            throw new ParameterException(spec.commandLine(), "--outage-length must be > 0 and shorter than "
                    + "--outage-every (" + outageEvery + "), was " + outageLength);
        }
        pipeline.config(KafkaOptions.LOCAL_BROKER, "wirestream-soak", new ApplicationOptions(), kafka);
        pipeline.rules.packs(); // a bad pack file fails here, not in every instance the soak starts
        if (pipeline.maxItemBytes >= SoakFeed.LARGEST_OVERSIZED_ITEM) {
            throw new ParameterException(spec.commandLine(), "--max-item-bytes must be under "
                    + SoakFeed.LARGEST_OVERSIZED_ITEM + " in a soak, so an item over it still fits Kafka's default 1 MB "
                    + "record, was " + pipeline.maxItemBytes);
        }
        ner.config();
    }

    @Override
    public Integer call() throws Exception {
        validate();
        err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("wirestream-soak-");
        boolean embedded = kafka.bootstrapServer == null;
        String bootstrap;
        if (embedded) {
            progress("no --bootstrap-server given, starting an embedded Kafka broker (data in " + work + ")");
            brokerData = work.resolve("kafka");
            broker = EmbeddedKafkaBroker.start(0, brokerData, false);
            bootstrap = broker.bootstrapServers();
        } else {
            bootstrap = kafka.bootstrapServer;
            kafka.checkReachable(bootstrap);
            if (!outageEvery.isZero()) {
                progress("against " + bootstrap + " the soak cannot take the brokers down: no outages, only crashes "
                        + "of the instance");
            }
        }
        boolean outagesOn = embedded && !outageEvery.isZero();
        String appId = "wirestream-soak-" + System.currentTimeMillis();
        Map<String, Object> client = kafka.clientProperties(bootstrap);
        SoakLedger ledger = new SoakLedger(appId);
        SoakInstance instance = null;
        OutputReader reader = null;
        Publisher publisher = null;
        boolean success = false;
        try {
            Map<TopicPartition, Long> outputStart = prepare(client, appId);
            instance = new SoakInstance(runArguments(bootstrap, appId, work), javaOptions(), work.resolve("instance.log"));
            progress("starting the instance as application " + appId + " (its output: " + instance.log() + ")");
            instance.start();
            awaitFirstRunning(instance);

            reader = new OutputReader(client, outputStart, ledger);
            reader.start();
            publisher = new Publisher(client, new SoakFeed(seed, pipeline.maxItemBytes), ledger, rate);
            publisher.start();
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            long nextCrash = crashEvery.isZero() ? Long.MAX_VALUE : start + crashEvery.toNanos();
            long nextOutage = outagesOn ? start + outageEvery.toNanos() : Long.MAX_VALUE;
            long outageEnds = 0;
            long nextProgress = start + PROGRESS_EVERY.toNanos();
            progress("soaking for " + clock(duration.toNanos()) + " at " + rate + " items/s"
                    + (crashEvery.isZero() ? "" : ", a crash every " + clock(crashEvery.toNanos()))
                    + (outagesOn ? ", a " + clock(outageLength.toNanos()) + " broker outage every "
                    + clock(outageEvery.toNanos()) : ""));
            while (System.nanoTime() < end) {
                long now = System.nanoTime();
                boolean brokerUp = outageEnds == 0;
                watch(instance, brokerUp);
                if (brokerUp && now >= nextCrash) {
                    crashes++;
                    progress("crash " + crashes + ": SIGKILL to the instance, restarting it");
                    instance.crash();
                    instance.start();
                    nextCrash += crashEvery.toNanos();
                }
                if (brokerUp && now >= nextOutage) {
                    outages++;
                    progress("outage " + outages + ": stopping the broker for " + clock(outageLength.toNanos()));
                    broker.close();
                    outageEnds = System.nanoTime() + outageLength.toNanos();
                    nextOutage += outageEvery.toNanos();
                } else if (!brokerUp && now >= outageEnds) {
                    restartBroker();
                    outageEnds = 0;
                }
                if (now >= nextProgress) {
                    progress(status(now - start, ledger, publisher, instance, outageEnds == 0));
                    nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
                }
                Thread.sleep(200);
            }
            publisher.stop();
            if (outageEnds != 0) {
                restartBroker();
            }
            publisher.close(Duration.ofMinutes(2));
            progress(String.format(Locale.ROOT, "published %,d items; waiting up to %s for every one to come out",
                    ledger.published(), clock(drainTimeout.toNanos())));
            long drainEnd = System.nanoTime() + drainTimeout.toNanos();
            while (!ledger.complete() && System.nanoTime() < drainEnd) {
                watch(instance, true);
                long now = System.nanoTime();
                if (now >= nextProgress) {
                    progress(status(now - start, ledger, publisher, instance, true));
                    nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
                }
                Thread.sleep(200);
            }
            // Whatever an instance might still write twice has had time to commit.
            Thread.sleep(SETTLE.toMillis());
            watch(instance, true);
            String finalState = instance.state();
            reader.stop();
            SoakLedger.Verdict verdict = ledger.verdict();
            boolean running = finalState.equals("RUNNING") || finalState.equals("REBALANCING");
            out.printf(Locale.ROOT, "soak: %s on %s (%s), application %s, %d partition(s), %.1f items/s%n",
                    clock(duration.toNanos()), embedded ? "the embedded broker" : "the cluster", bootstrap, appId,
                    pipeline.partitions, rate);
            out.printf(Locale.ROOT, "  events: %d crash(es) (SIGKILL, restarted at once), %d broker outage(s)%s, "
                            + "%d exit(s) of the instance on its own; instance %s at the end%n", crashes, outages,
                    outages == 0 ? "" : " of " + clock(outageLength.toNanos()), unexpectedExits, finalState);
            ledger.print(out, verdict);
            if (unexpectedExits > 0) {
                out.println("  the instance exited on its own " + unexpectedExits + " time(s): see " + instance.log());
            }
            success = verdict.holds() && running && unexpectedExits == 0;
            if (!success) {
                out.println("  soak FAILED; the broker data, state and instance log are kept in " + work);
            }
            out.flush();
            return success ? ExitCode.OK : ExitCode.SOFTWARE;
        } finally {
            if (publisher != null) {
                publisher.stop();
                publisher.close(Duration.ZERO);
            }
            if (reader != null) {
                reader.stop();
            }
            if (instance != null) {
                instance.stop();
            }
            if (!embedded) {
                deleteInternalTopics(client, appId);
            }
            if (broker != null) {
                broker.close();
            }
            if (success) {
                try {
                    Directories.deleteRecursively(work);
                } catch (UncheckedIOException e) {
                    progress(e.getMessage());
                }
            }
        }
    }

    /** Creates the topics, notes where the outputs end now and starts the application's group at news.raw's end. */
    private Map<TopicPartition, Long> prepare(Map<String, Object> client, String appId) throws Exception {
        try (Admin admin = Admin.create(client)) {
            new TopicProvisioner(admin, Duration.ofSeconds(60))
                    .ensure(Topics.all(pipeline.partitions, pipeline.replicationFactor));
            Map<TopicPartition, OffsetAndMetadata> rawEnd = new HashMap<>();
            StreamsBench.endOffsets(admin, List.of(Topics.RAW.name())).forEach((tp, o) -> rawEnd.put(tp, new OffsetAndMetadata(o)));
            // A fresh application reads news.raw from the start; earlier items are not this soak's.
            admin.alterConsumerGroupOffsets(appId, rawEnd).all().get(60, TimeUnit.SECONDS);
            return StreamsBench.endOffsets(admin, List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name(), Topics.DLQ.name()));
        }
    }

    private List<String> runArguments(String bootstrap, String appId, Path work) throws IOException {
        Properties props = new Properties();
        props.putAll(kafka.commandConfigEntries());
        props.putIfAbsent("session.timeout.ms", SESSION_TIMEOUT_MS);
        Path config = work.resolve("instance.properties");
        try (Writer w = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            props.store(w, "Kafka settings of the soak's instance: --command-config, --config's kafka.* and the "
                    + "soak's session timeout");
        }
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrap, "--application-id", appId,
                "--state-dir", work.resolve("state").toString(), "--command-config", config.toString(),
                "--ner-engine", ner.engine, "--ner-odd-case-engine", ner.oddCaseEngine,
                "--ner-cache-size", String.valueOf(ner.cacheSize)));
        args.addAll(pipeline.arguments());
        if (kafka.config != null) {
            args.addAll(List.of("--config", kafka.config.toString()));
        }
        return args;
    }

    /** The launcher's heap unless WIRESTREAM_JAVA_OPTS says otherwise, as for any instance started by bin/wirestream. */
    private static List<String> javaOptions() {
        String opts = System.getenv("WIRESTREAM_JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of("-Xmx768m") : Arrays.asList(opts.strip().split("\\s+"));
    }

    private void awaitFirstRunning(SoakInstance instance) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_START.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
        while (!instance.state().equals("RUNNING")) {
            if (!instance.alive()) {
                throw new IllegalStateException("the instance exited with code " + instance.exitCode()
                        + " before it ran; see " + instance.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the instance did not reach RUNNING within "
                        + clock(FIRST_START.toNanos()) + "; see " + instance.log());
            }
            if (System.nanoTime() > nextProgress) {
                progress("instance " + instance.state() + " (loading models, joining the group)...");
                nextProgress = System.nanoTime() + PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(200);
        }
    }

    /** An instance that exited without being killed is a failure of the soak; it is restarted so the soak goes on. */
    private void watch(SoakInstance instance, boolean brokerUp) {
        if (!instance.alive() && brokerUp) {
            unexpectedExits++;
            progress("the instance exited on its own with code " + instance.exitCode() + " (see " + instance.log()
                    + "); restarting it");
            instance.start();
        }
    }

    private void restartBroker() {
        int port = broker.port();
        broker = EmbeddedKafkaBroker.start(port, brokerData, false);
        progress("outage " + outages + " over: broker back on " + broker.bootstrapServers());
    }

    private String status(long elapsed, SoakLedger ledger, Publisher publisher, SoakInstance instance, boolean brokerUp) {
        return String.format(Locale.ROOT, "%s  published %,d (%.1f/s)  out %,d (enriched %,d, duplicates %,d, "
                        + "dead letters %,d)  crashes %d, outages %d  instance %s, broker %s", clock(elapsed),
                ledger.published(), ledger.published() / Math.max(elapsed / 1e9, 1e-3), ledger.outputs(),
                ledger.outputs(SoakLedger.Outcome.ENRICHED), ledger.outputs(SoakLedger.Outcome.DUPLICATE),
                ledger.outputs(SoakLedger.Outcome.DEAD_LETTER), crashes, outages, instance.state(),
                brokerUp ? "up" : "down");
    }

    private void progress(String line) {
        err.println("soak: " + line);
        err.flush();
    }

    /** 1m05s, 45s, 2h00m05s. */
    static String clock(long nanos) {
        long s = Math.round(nanos / 1e9);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, s / 60 % 60, s % 60);
    }

    private void deleteInternalTopics(Map<String, Object> client, String appId) {
        try (Admin admin = Admin.create(client)) {
            List<String> internal = admin.listTopics().names().get(60, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(appId + "-")).toList();
            admin.deleteTopics(internal).all().get(60, TimeUnit.SECONDS);
            admin.deleteConsumerGroups(List.of(appId)).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            progress("could not delete the internal topics and group of " + appId + ": " + e.getMessage());
        }
    }

    /** Publishes the feed at a steady rate on its own thread, since a send blocks while the broker is down. */
    private static final class Publisher implements Runnable {

        private final KafkaProducer<String, byte[]> producer;
        private final SoakFeed feed;
        private final SoakLedger ledger;
        private final long periodNanos;
        private final Thread thread = new Thread(this, "soak-publisher");
        private volatile boolean stopped;

        Publisher(Map<String, Object> client, SoakFeed feed, SoakLedger ledger, double rate) {
            Map<String, Object> props = new HashMap<>(client);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            // An outage must delay items, not fail them: the accounting expects every acknowledged item.
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE);
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Duration.ofMinutes(10).toMillis());
            props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_048_576);
            this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
            this.feed = feed;
            this.ledger = ledger;
            this.periodNanos = (long) (1e9 / rate);
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            while (!stopped) {
                for (long wait = next - System.nanoTime(); wait > 0 && !stopped; wait = next - System.nanoTime()) {
                    LockSupport.parkNanos(Math.min(wait, 100_000_000L));
                }
                if (stopped) {
                    break;
                }
                SoakFeed.Item item = feed.next();
                RecordHeaders headers = new RecordHeaders();
                if (item.contentType() != null) {
                    headers.add("content-type", item.contentType().getBytes(StandardCharsets.UTF_8));
                }
                headers.add(SoakLedger.ITEM_HEADER, ledger.header(item.seq()));
                ledger.published(item);
                try {
                    producer.send(new ProducerRecord<>(Topics.RAW.name(), null, item.key(), item.value(), headers),
                            (metadata, e) -> ledger.acknowledged(item.seq(), e == null));
                } catch (RuntimeException e) {
                    ledger.acknowledged(item.seq(), false);
                }
                next += periodNanos;
                // After a stall, go on at the rate rather than publish the backlog in a burst.
                if (System.nanoTime() - next > 1_000_000_000L) {
                    next = System.nanoTime();
                }
            }
        }

        /** Stops publishing; a send blocked on a broker that is down may hold the thread up to a minute. */
        void stop() {
            stopped = true;
            try {
                thread.join(Duration.ofMinutes(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Waits up to {@code wait} for the acknowledgements of what was sent. */
        void close(Duration wait) {
            producer.close(wait);
        }
    }

    /** Reads the three outputs from where they ended before the soak, committed records only, into the ledger. */
    private static final class OutputReader implements Runnable {

        private final TopicReader reader;
        private final SoakLedger ledger;
        private final Thread thread = new Thread(this, "soak-output-reader");
        private volatile boolean stopped;

        OutputReader(Map<String, Object> client, Map<TopicPartition, Long> start, SoakLedger ledger) {
            this.reader = new TopicReader(client, start);
            this.ledger = ledger;
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        @Override
        public void run() {
            try {
                reader.read(r -> ledger.output(outcome(r.topic()), r), Long.MAX_VALUE, null, n -> !stopped);
            } finally {
                reader.close();
            }
        }

        private static SoakLedger.Outcome outcome(String topic) {
            if (topic.equals(Topics.ENRICHED.name())) {
                return SoakLedger.Outcome.ENRICHED;
            }
            return topic.equals(Topics.DUPLICATES.name()) ? SoakLedger.Outcome.DUPLICATE : SoakLedger.Outcome.DEAD_LETTER;
        }

        void stop() {
            stopped = true;
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
