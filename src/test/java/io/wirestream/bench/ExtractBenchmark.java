package io.wirestream.bench;

import io.wirestream.extract.EntityExtractor;
import io.wirestream.extract.EntityRecognizer;
import io.wirestream.extract.EntityRecognizers;
import io.wirestream.extract.ExtractConfig;
import io.wirestream.extract.NerBench;
import io.wirestream.model.Article;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The extract stage against the raw engine, one thread (tokens/s per core = corpus tokens x
 * ops/s; the token counts are printed at setup), and the sentence cache on a feed where a third
 * of the items repeat earlier paragraphs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Threads(1)
@State(Scope.Benchmark)
public class ExtractBenchmark {

    private List<Article> corpus;
    private List<Article> feed;
    private EntityRecognizer raw;
    private EntityExtractor stage;
    private EntityExtractor warmStage;

    @Setup(Level.Trial)
    public void load() {
        corpus = NerBench.corpus();
        feed = NerBench.feedWithRepeats(corpus);
        raw = EntityRecognizers.named(EntityRecognizers.CORENLP_CRF);
        stage = new EntityExtractor(ExtractConfig.defaults().withCacheSize(0));
        // Every sentence of the corpus cached: the stage's own work without the model's.
        warmStage = new EntityExtractor(ExtractConfig.defaults().withCacheSize(100_000));
        corpus.forEach(warmStage::extract);
        System.err.printf("corpus: %d articles, %d tokens; feed: %d items, %d tokens%n",
                corpus.size(), NerBench.tokens(corpus), feed.size(), NerBench.tokens(feed));
    }

    /** Per call: the whole corpus through tokenizer, sentence splitter and cased CRF only. */
    @Benchmark
    public void rawEngine(Blackhole bh) {
        for (Article a : corpus) {
            bh.consume(NerBench.rawEngine(raw, a));
        }
    }

    /** Per call: the whole corpus through tokenizer and sentence splitter only. */
    @Benchmark
    public void tokenizeOnly(Blackhole bh) {
        for (Article a : corpus) {
            bh.consume(NerBench.tokenize(a));
        }
    }

    /**
     * Per call: the whole corpus through the stage with every sentence already cached, i.e. the
     * stage's work beside the model. (stageWarmCache - tokenizeOnly) / rawEngine, in time per
     * call, is what the stage adds to the raw engine, measured without the CRF's noise.
     */
    @Benchmark
    public void stageWarmCache(Blackhole bh) {
        for (Article a : corpus) {
            bh.consume(warmStage.extract(a));
        }
    }

    /** Per call: the whole corpus through the stage, cache off. */
    @Benchmark
    public void stageNoCache(Blackhole bh) {
        for (Article a : corpus) {
            bh.consume(stage.extract(a));
        }
    }

    /** Per call: the repeating feed through the stage, cache off. */
    @Benchmark
    public void feedNoCache(Blackhole bh) {
        for (Article a : feed) {
            bh.consume(stage.extract(a));
        }
    }

    /** A fresh cache per call, so only repeats within the feed hit it. */
    @State(Scope.Thread)
    public static class FreshCache {
        EntityExtractor cached;

        @Setup(Level.Invocation)
        public void fresh() {
            cached = new EntityExtractor(ExtractConfig.defaults().withCacheSize(100_000));
        }
    }

    /** Per call: the repeating feed through the stage with an empty cache at the start. */
    @Benchmark
    public void feedCached(FreshCache c, Blackhole bh) {
        for (Article a : feed) {
            bh.consume(c.cached.extract(a));
        }
    }
}
