package io.wirestream.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.bench.BenchItem;
import io.wirestream.bench.BenchReport;
import io.wirestream.bench.Measurement;
import io.wirestream.bench.NerAloneBench;
import io.wirestream.bench.Scenario;
import io.wirestream.bench.StreamsBench;
import io.wirestream.bench.WireCorpus;
import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.text.RulePacks;
import io.wirestream.topology.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirestream bench}: the pipeline against its ceiling and its NER engine, side by side, in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure, on one corpus and in one run: (1) a pass-through Kafka Streams topology with the same "
                + "serdes and exactly-once, (2) Wirestream with entity recognition off, (3) Wirestream complete, "
                + "(4) the NER stage alone in plain threads. Prints items/s, MB/s, p50/p99 publish-to-read latency "
                + "at a paced rate, heap and RSS high-water marks, the ratios 2/1 and 3/4, and a thread scaling "
                + "table, as Markdown on stdout; progress goes to stderr.",
                "Without FILEs a corpus of generated wire stories is used (deterministic: same --seed and --items, "
                        + "same bytes). Without --bootstrap-server an embedded broker runs in this process; against "
                        + "a cluster, bench writes to news.raw and reads Wirestream's outputs, so use one nobody "
                        + "else is using."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    NerOptions ner;

    @Mixin
    RulesOptions rules;

    @Mixin
    DedupeOptions dedupe;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Items to publish instead of the generated corpus (.jsonl, .json, raw pages, directories).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--items", defaultValue = "600",
            description = "Stories in the generated corpus (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--seed", defaultValue = "" + WireCorpus.DEFAULT_SEED,
            description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--reissue-share", defaultValue = "0.30",
            description = "Share of generated items that re-issue an earlier story (default: ${DEFAULT-VALUE}).")
    double reissueShare;

    @Option(names = "--write-corpus", paramLabel = "FILE",
            description = "Write the generated corpus as JSON lines (one envelope a line, 'publish' reads it) and exit.")
    Path writeCorpus;

    @Option(names = "--scenarios", split = ",", paramLabel = "SCENARIO",
            defaultValue = "pass-through,ner-off,complete,ner-alone",
            description = "Which scenarios to run: pass-through, ner-off, complete, ner-alone; ratios need both "
                    + "sides (default: ${DEFAULT-VALUE}).")
    List<String> scenarios;

    @Option(names = "--threads", description = "Stream threads, and NER threads, of the main table "
            + "(default: the number of cores).")
    Integer threads;

    @Option(names = "--scaling-threads", split = ",", defaultValue = "1,2",
            description = "Thread counts of the scaling table; every scenario's throughput is measured at each "
                    + "(default: ${DEFAULT-VALUE}).")
    List<Integer> scalingThreads;

    @Option(names = "--rate", description = "Input rate of the latency runs, items/s (default: half of each "
            + "scenario's measured throughput, i.e. half the sustainable rate).")
    Double rate;

    @Option(names = "--pass-through-items", defaultValue = "20000",
            description = "Items of the pass-through rows: the corpus repeated under new keys until there are at "
                    + "least this many. Pass-through copies bytes some fifty times faster than the pipeline reads "
                    + "stories, so on the corpus alone its row is one fetch and one commit, start-up rather than a "
                    + "rate (default: ${DEFAULT-VALUE}).")
    int passThroughItems;

    @Option(names = "--latency-seconds", defaultValue = "20",
            description = "Longest a latency run publishes for; it sends min(corpus, rate x this) items "
                    + "(default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--reissue-check", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also run the complete pipeline on the generated corpus without re-issues, for the "
                    + "re-issue speed-up (default: on; not with FILEs).")
    boolean reissueCheck;

    @Option(names = "--warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "First run every chosen Kafka scenario on the whole corpus, not reported, so the figures are "
                    + "near the steady state of a long-running instance, not class loading and JIT compilation "
                    + "(default: on; most of the run time).")
    boolean warmUp;

    @Option(names = "--warm-up-passes", defaultValue = "5",
            description = "Unreported passes per scenario before its measured ones. On 2 cores ner-off gained until "
                    + "about the fifth; each pass logs its items/s and JIT time (default: ${DEFAULT-VALUE}).")
    int warmUpPasses;

    @Option(names = "--at-least-once",
            description = "Run every Kafka scenario, pass-through too, with at-least-once instead of exactly-once v2 "
                    + "(as run --at-least-once): a record is readable downstream once sent, not at its thread's next "
                    + "commit, so each hop waits less; a crash may emit an item twice.")
    boolean atLeastOnce;

    @Option(names = "--partitions", defaultValue = "4",
            description = "Partitions of the topics created when missing; at least the largest thread count, so "
                    + "every thread owns a task (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1",
            description = "Replication factor of created and internal topics (default: ${DEFAULT-VALUE}).")
    short replicationFactor;

    @Option(names = "--broker-port", defaultValue = "0",
            description = "Port of the embedded broker; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int mainThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        validate(mainThreads);
        List<BenchItem> corpus = corpus(seed, reissueShare);
        if (writeCorpus != null) {
            writeJsonLines(corpus, writeCorpus);
            out.println("wrote " + corpus.size() + " item(s) to " + writeCorpus);
            out.flush();
            return ExitCode.OK;
        }
        List<BenchItem> passThroughCorpus = BenchItem.repeated(corpus, passThroughItems);
        String corpusLine = (inputs.isEmpty()
                ? String.format(Locale.ROOT, "generated, seed %d, %d items, %.0f %% re-issues, %.2f MB", seed,
                corpus.size(), reissueShare * 100, megabytes(corpus))
                : String.format(Locale.ROOT, "%d items from %s, %.2f MB", corpus.size(), inputs, megabytes(corpus)))
                + (passThroughCorpus.size() > corpus.size() ? String.format(Locale.ROOT,
                "; pass-through: the corpus repeated under new keys, %d items, %.2f MB", passThroughCorpus.size(),
                megabytes(passThroughCorpus)) : "");

        RulePacks packs = rules.packs();
        err.println("bench: loading the NER models...");
        err.flush();
        Supplier<Stages> freshStages = () -> ModelWarmUp.warm(stages(packs));
        Stages prepare = freshStages.get();
        // JIT warm-up, not reported: the text stages and NER on the first items.
        NerAloneBench.run(prepare, freshStages.get(), 1, corpus.subList(0, Math.min(100, corpus.size())));

        EmbeddedKafkaBroker broker = null;
        if (kafka.bootstrapServer == null) {
            err.println("bench: no --bootstrap-server given, starting an embedded Kafka broker...");
            err.flush();
            broker = EmbeddedKafkaBroker.start(brokerPort, Files.createTempDirectory("wirestream-bench-kafka-"), true);
        }
        try {
            String bootstrap = broker != null ? broker.bootstrapServers() : kafka.bootstrapServer;
            String setup = String.format(Locale.ROOT, "%s broker %s, %d partitions, %s, dedupe grace %s; %d cores, "
                            + "Java %s (%s), max heap %d MiB; load at start %.2f",
                    broker != null ? "embedded (in this JVM)" : "external", bootstrap, partitions,
                    atLeastOnce ? "at-least-once" : "exactly-once v2",
                    dedupe.grace.toMillis() + " ms",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            StreamsBench bench = new StreamsBench(kafka.clientProperties(bootstrap), kafka.commandConfigEntries(),
                    partitions, replicationFactor, !atLeastOnce, freshStages, dedupeConfig(), err);
            bench.provision();
            BenchReport report = new BenchReport(corpusLine, setup, mainThreads);
            TreeSet<Integer> counts = new TreeSet<>(scalingThreads);
            counts.add(mainThreads);
            List<Scenario> chosen = chosen();
            List<Scenario> streamed = chosen.stream().filter(s -> s != Scenario.NER_ALONE).toList();
            if (warmUp) {
                // On two cores the JIT compiles Kafka's, the broker's and our hot paths for minutes beside the
                // stream threads; a row measured after one pass still measured the compiler (see BENCHMARKS.md).
                for (Scenario s : streamed) {
                    for (int pass = 1; pass <= warmUpPasses; pass++) {
                        err.println("bench: warm-up pass " + pass + " of " + s.slug() + ", not reported");
                        log(err, bench.backlog(s, mainThreads, s == Scenario.PASS_THROUGH ? passThroughCorpus : corpus));
                    }
                }
            }
            for (int t : counts) {
                for (Scenario s : streamed) {
                    report.addBacklog(log(err, bench.backlog(s, t, s == Scenario.PASS_THROUGH ? passThroughCorpus
                            : corpus)));
                }
                if (chosen.contains(Scenario.NER_ALONE)) {
                    err.println("bench: ner-alone " + t + "t: " + corpus.size() + " items");
                    err.flush();
                    report.addBacklog(log(err, NerAloneBench.run(prepare, freshStages.get(), t, corpus)));
                }
            }
            for (Scenario s : streamed) {
                double r = rate != null ? rate
                        : report.backlog(s, mainThreads).map(m -> m.itemsPerSecond() / 2).orElse(10.0);
                List<BenchItem> source = s == Scenario.PASS_THROUGH ? passThroughCorpus : corpus;
                int n = (int) Math.min(source.size(), Math.max(20, Math.ceil(r * latencySeconds)));
                report.addPaced(log(err, bench.paced(s, mainThreads, source.subList(0, n), Math.max(r, 0.1))));
            }
            if (reissueCheck && inputs.isEmpty() && chosen.contains(Scenario.COMPLETE)) {
                List<BenchItem> unique = corpus(seed, 0);
                err.println("bench: the same corpus without re-issues, for the re-issue speed-up");
                report.setWithoutReissues(log(err, bench.backlog(Scenario.COMPLETE, mainThreads, unique)));
            }
            report.print(out);
            return ExitCode.OK;
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private DedupeConfig dedupeConfig() {
        try {
            return dedupe.config();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void validate(int mainThreads) {
        dedupeConfig();
        if (mainThreads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, was " + mainThreads);
        }
        if (scalingThreads.stream().anyMatch(t -> t < 1)) {
            throw new ParameterException(spec.commandLine(), "--scaling-threads must all be >= 1, was " + scalingThreads);
        }
        if (warmUpPasses < 1) {
            throw new ParameterException(spec.commandLine(), "--warm-up-passes must be >= 1, was " + warmUpPasses);
        }
        if (passThroughItems < 1) {
            throw new ParameterException(spec.commandLine(), "--pass-through-items must be >= 1, was "
                    + passThroughItems);
        }
        if (items < 1) {
            throw new ParameterException(spec.commandLine(), "--items must be >= 1, was " + items);
        }
        if (!(reissueShare >= 0 && reissueShare <= 0.9)) {
            throw new ParameterException(spec.commandLine(), "--reissue-share must be within 0..0.9, was " + reissueShare);
        }
        if (rate != null && !(rate > 0)) {
            throw new ParameterException(spec.commandLine(), "--rate must be > 0, was " + rate);
        }
        if (latencySeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--latency-seconds must be >= 1, was " + latencySeconds);
        }
        List<String> known = java.util.Arrays.stream(Scenario.values()).map(Scenario::slug).toList();
        for (String s : scenarios) {
            if (!known.contains(s)) {
                throw new ParameterException(spec.commandLine(), "--scenarios: unknown scenario '" + s + "'; known: "
                        + known);
            }
        }
        if (partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be >= 1, was " + partitions);
        }
        if (!inputs.isEmpty()) {
            InputFiles.checkExist(spec.commandLine(), inputs);
        }
    }

    private List<Scenario> chosen() {
        List<Scenario> chosen = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            if (scenarios.contains(s.slug())) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    private List<BenchItem> corpus(long corpusSeed, double share) {
        if (inputs.isEmpty()) {
            return new WireCorpus(corpusSeed, share).generate(items).stream().map(BenchItem::of).toList();
        }
        List<BenchItem> read = new ArrayList<>();
        InputFiles.read(spec.commandLine(), inputs, System.in,
                raw -> read.add(new BenchItem(Publisher.keyOf(raw), raw.value(), raw.contentType())));
        if (read.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no items in " + inputs);
        }
        return List.copyOf(read);
    }

    private static Measurement log(PrintWriter err, Measurement m) {
        err.printf(Locale.ROOT, "bench: %s %dt%s: %d/%d out in %.1f s, %.1f items/s%s, JIT compiled %.1f s%n",
                m.scenario().slug(), m.threads(), m.paced() ? String.format(Locale.ROOT, " @%.1f/s", m.rate()) : "",
                m.outputs(), m.items(), m.seconds(), m.itemsPerSecond(),
                m.paced() ? ", p50 " + m.p50Millis() + " ms, p99 " + m.p99Millis() + " ms" : "", m.jitSeconds());
        m.hops().forEach(hop -> err.printf(Locale.ROOT, "bench:   readable on %s: p50 %d ms, p99 %d ms%n",
                hop.topic(), hop.p50Millis(), hop.p99Millis()));
        err.flush();
        return m;
    }

    private static double megabytes(List<BenchItem> corpus) {
        return corpus.stream().mapToLong(i -> i.value().length).sum() / 1e6;
    }

    private static void writeJsonLines(List<BenchItem> corpus, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (BenchItem item : corpus) {
            sb.append(new String(item.value(), StandardCharsets.UTF_8)).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Fresh stages over the packs read at start; a bad desks row is a usage error naming its file and line. */
    private Stages stages(RulePacks packs) {
        try {
            return Stages.standard(ner.config(), io.wirestream.ingest.FeedParser.DEFAULT_MAX_ITEM_BYTES, packs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rules-dir: " + e.getMessage());
        }
    }

}
