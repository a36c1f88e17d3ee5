package io.wirestream.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.wirestream.broker.EmbeddedKafkaBroker;
import io.wirestream.dedupe.DedupeConfig;
import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Article;
import io.wirestream.model.Region;
import io.wirestream.model.Verdict;
import io.wirestream.serde.Json;
import io.wirestream.topology.DeadLetterHandler;
import io.wirestream.topology.Stages;
import io.wirestream.topology.Topics;
import io.wirestream.topology.WirestreamConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream demo}: everything on one machine, with bundled sample items, then a summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start an embedded Kafka broker, run the topology, publish the bundled sample items "
                + "(a raw scraped page, a re-send, a copy from another portal, JSON envelopes, an update and a "
                + "malformed item), then print what reached each topic and one article whole."})
final class DemoCommand implements java.util.concurrent.Callable<Integer> {

    private static final String DEMO = "/io/wirestream/cli/demo/";
    /** Which items of {@link #DEMO} to publish, in order; kept outside it so publishing the folder sends items only. */
    private static final String DEMO_ITEMS = "/io/wirestream/cli/demo-items.tsv";

    @Spec
    CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "120s", converter = DurationConverter.class,
            description = "How long to wait for every item to come out (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        err.println("demo: starting an embedded Kafka broker...");
        err.flush();
        Path state = Files.createTempDirectory("wirestream-demo-state-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            err.printf("demo: broker ready at %s after %.1f s%n", broker.bootstrapServers(), seconds(t0));
            err.flush();
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            WirestreamConfig config = new WirestreamConfig(broker.bootstrapServers(), "wirestream-demo", 3, (short) 1,
                    DedupeConfig.defaults(), 1, state, true, Map.of());
            try (StreamsRuntime runtime = StreamsRuntime.start(config, Stages.standard(), client, err)) {
                List<InputFiles.RawItem> items = bundledItems();
                try (Publisher publisher = new Publisher(client, Topics.RAW.name())) {
                    items.forEach(publisher::send);
                    publisher.confirm();
                }
                // The seed is a raw page, published unkeyed: parse it here to know which article to show.
                InputFiles.RawItem seed = items.get(0);
                String seedId = new FeedParser().parse(null, seed.value(), seed.contentType()).id();
                err.printf("demo: published %d items to %s; waiting for them to come out...%n", items.size(), Topics.RAW);
                err.flush();
                Outputs outputs = collect(client, items.size());
                outputs.print(out, items.size(), seedId);
                err.printf("demo: done in %.1f s%n", seconds(t0));
                return outputs.total() == items.size() ? ExitCode.OK : ExitCode.SOFTWARE;
            }
        } finally {
            try {
                Directories.deleteRecursively(state);
            } catch (UncheckedIOException e) {
                err.println("demo: " + e.getMessage()); // a temp directory left behind is not worth failing for
            }
        }
    }

    private Outputs collect(Map<String, Object> client, int expected) {
        List<String> topics = new ArrayList<>(List.of(Topics.ENRICHED.name(), Topics.DUPLICATES.name(), Topics.DLQ.name()));
        for (Region r : Region.values()) {
            topics.add(Topics.region(r).name());
        }
        Outputs outputs = new Outputs();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (TopicReader reader = new TopicReader(client, topics, true)) {
            // Every item, then every desk copy the enriched articles say they were routed to.
            reader.read(outputs::add, Long.MAX_VALUE, null,
                    n -> (outputs.total() < expected || outputs.deskCopies() < outputs.expectedDeskCopies())
                            && System.nanoTime() < deadline);
        }
        return outputs;
    }

    private static List<InputFiles.RawItem> bundledItems() {
        List<InputFiles.RawItem> items = new ArrayList<>();
        for (String line : resource(DEMO_ITEMS).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String name = line.split("\t")[0].strip();
            items.add(new InputFiles.RawItem(name, resource(DEMO + name).getBytes(StandardCharsets.UTF_8),
                    name.endsWith(".json") ? InputFiles.JSON : InputFiles.TEXT));
        }
        return items;
    }

    private static String resource(String path) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** What came out on each topic, read back through the output topics' own serde. */
    private static final class Outputs {
        final Map<Article, byte[]> enriched = new LinkedHashMap<>();
        final List<Article> duplicates = new ArrayList<>();
        final List<ConsumerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        final Map<String, List<String>> byRegion = new TreeMap<>();

        void add(ConsumerRecord<String, byte[]> r) {
            if (r.topic().equals(Topics.DLQ.name())) {
                deadLetters.add(r);
                return;
            }
            Article article = Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
            if (r.topic().equals(Topics.ENRICHED.name())) {
                enriched.put(article, r.value());
            } else if (r.topic().equals(Topics.DUPLICATES.name())) {
                duplicates.add(article);
            } else {
                byRegion.computeIfAbsent(r.topic(), t -> new ArrayList<>()).add(article.headline());
            }
        }

        int total() {
            return enriched.size() + duplicates.size() + deadLetters.size();
        }

        int deskCopies() {
            return byRegion.values().stream().mapToInt(List::size).sum();
        }

        int expectedDeskCopies() {
            return enriched.keySet().stream().mapToInt(a -> a.regions() == null ? 1 : a.regions().desks().size()).sum();
        }

        void print(PrintWriter out, int published, String seedId) throws IOException {
            out.println();
            out.printf("%d items published to %s -> %d enriched, %d duplicates, %d dead letters%n%n",
                    published, Topics.RAW, enriched.size(), duplicates.size(), deadLetters.size());
            out.printf("%-28s %s%n", Topics.ENRICHED, enriched.size() + " article(s)");
            for (Article a : enriched.keySet()) {
                out.println("    " + ArticleText.describe(a).replace("\n", "\n    "));
            }
            out.println();
            for (Region r : Region.values()) {
                List<String> headlines = byRegion.getOrDefault(Topics.region(r).name(), List.of());
                out.printf("%-28s %d%s%n", Topics.region(r), headlines.size(),
                        headlines.isEmpty() ? "" : "   " + String.join(" | ", headlines));
            }
            out.println();
            out.printf("%-28s %d%n", Topics.DUPLICATES, duplicates.size());
            for (Article d : duplicates) {
                out.printf("    %s: %s duplicate of %s%n", d.id(),
                        d.verdict().kind().name().toLowerCase(Locale.ROOT), d.verdict().originalId());
            }
            out.printf("%-28s %d%n", Topics.DLQ, deadLetters.size());
            for (ConsumerRecord<String, byte[]> r : deadLetters) {
                Header reason = r.headers().lastHeader(DeadLetterHandler.REASON_HEADER);
                Header stage = r.headers().lastHeader(DeadLetterHandler.STAGE_HEADER);
                out.printf("    stage %s: %s%n", stage == null ? "?" : new String(stage.value(), StandardCharsets.UTF_8),
                        reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8));
            }
            // The seed may be dropped as a copy of the same story from another portal: show the one kept.
            String shown = duplicates.stream().filter(d -> d.id().equals(seedId)
                            && d.verdict().kind() == Verdict.Kind.CONTENT)
                    .map(d -> d.verdict().originalId()).findFirst().orElse(seedId);
            Article seed = enriched.keySet().stream().filter(a -> a.id().equals(shown)).findFirst()
                    .or(() -> enriched.keySet().stream().findFirst()).orElse(null);
            if (seed != null) {
                out.println();
                out.println("The first item whole, as consumers of " + Topics.ENRICHED + " read it:");
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(Json.MAPPER.readTree(enriched.get(seed))));
            }
            out.flush();
        }
    }
}
