package io.wirestream.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.wirestream.clean.Cleaner;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.Shingles;
import io.wirestream.extract.TagSplitter;
import io.wirestream.geo.RegionClassifier;
import io.wirestream.ingest.FeedParser;
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
 * The text stages other than NER, one thread: per call, every bundled demo item (raw scraped
 * pages and JSON envelopes, malformed one left out) through one stage. Items/s = 8 x ops/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class TextStagesBenchmark {

    private static final List<String> ITEMS = List.of("ani-tokyo-embassy.txt", "ani-tokyo-embassy-other-portal.txt",
            "pti-delhi.json", "pti-delhi-update.json", "reuters-nairobi.json", "ap-washington.json", "no-place.json",
            "ani-tokyo-embassy.txt");

    private final FeedParser parser = new FeedParser();
    private final Cleaner cleaner = Cleaner.standard();
    private final TagSplitter tags = new TagSplitter();
    private final RegionClassifier classifier = new RegionClassifier();
    private List<byte[]> raw;
    private List<FeedItem> parsed;
    private List<Article> cleaned;

    @Setup(Level.Trial)
    public void load() {
        raw = new ArrayList<>();
        for (String name : ITEMS) {
            try (InputStream in = TextStagesBenchmark.class.getResourceAsStream("/io/wirestream/cli/demo/" + name)) {
                raw.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        parsed = raw.stream().map(b -> parser.parse(null, b, null)).toList();
        cleaned = parsed.stream().map(cleaner::clean).toList();
    }

    @Benchmark
    public void parse(Blackhole bh) {
        for (byte[] b : raw) {
            bh.consume(parser.parse(null, b, null));
        }
    }

    @Benchmark
    public void clean(Blackhole bh) {
        for (FeedItem item : parsed) {
            bh.consume(cleaner.clean(item));
        }
    }

    @Benchmark
    public void fingerprint(Blackhole bh) {
        for (Article a : cleaned) {
            bh.consume(ContentFingerprint.of(a));
        }
    }

    /** What dedupe derives from each article's text: content hash, version hash and shingles. */
    @Benchmark
    public void dedupeFingerprints(Blackhole bh) {
        for (Article a : cleaned) {
            bh.consume(ContentFingerprint.of(a));
            bh.consume(ContentFingerprint.ofVersion(a));
            bh.consume(Shingles.of(a));
        }
    }

    @Benchmark
    public void tags(Blackhole bh) {
        for (Article a : cleaned) {
            bh.consume(tags.split(a.item().rawTags(), a.headline() + "\n\n" + a.body()));
        }
    }

    @Benchmark
    public void classify(Blackhole bh) {
        for (Article a : cleaned) {
            bh.consume(classifier.classify(a));
        }
    }
}
