package io.wirestream.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.wirestream.geo.RegionClassifier;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The region classifier alone, one thread: per call, the 372 labelled wire stories of the geo
 * evaluation set (dateline, headline, body; no NER entities). Stories/s = 372 x ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class RegionClassifierBenchmark {

    private static final String[] FILES = {"stories-1.txt", "stories-2.txt", "stories-3.txt", "stories-4.txt"};

    private final RegionClassifier classifier = new RegionClassifier();
    private List<Article> stories;

    @Setup(Level.Trial)
    public void load() {
        stories = new ArrayList<>();
        for (String file : FILES) {
            String text;
            try (InputStream in = RegionClassifierBenchmark.class.getResourceAsStream("/io/wirestream/geo/eval/" + file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String block : text.split("\\n\\s*\\n")) {
                List<String> lines = block.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
                if (lines.size() < 3 || !lines.get(0).startsWith("=== ")) {
                    continue;
                }
                List<String> body = lines.subList(2, lines.size());
                FeedItem item = new FeedItem("b" + stories.size(), null, lines.get(1), null, null, body, null,
                        null, null, null, List.of(), Map.of(), FeedItem.SourceFormat.JSON);
                stories.add(Article.cleaned(item, body, lines.get(1), null, List.of()));
            }
        }
    }

    @Benchmark
    public void classify(Blackhole bh) {
        for (Article a : stories) {
            bh.consume(classifier.classify(a));
        }
    }
}
