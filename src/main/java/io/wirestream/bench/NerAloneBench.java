package io.wirestream.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.wirestream.model.Article;
import io.wirestream.topology.Stages;

/**
 * The entities stage alone on the corpus: every item parsed, cleaned and tagged first (not
 * timed), then {@code threads} plain threads share one fresh stage (one model, one empty
 * sentence cache, as the stream threads do) and recognise every item, re-issues included.
 */
public final class NerAloneBench {

    private NerAloneBench() {
    }

    /**
     * @param prepare stages that turn items into the articles the entities stage sees
     * @param stage   a fresh stage set whose entities stage is timed
     */
    public static Measurement run(Stages prepare, Stages stage, int threads, List<BenchItem> items) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        List<Article> articles = new ArrayList<>(items.size());
        long bytes = 0;
        for (BenchItem item : items) {
            try {
                articles.add(prepare.tags().apply(prepare.clean().apply(
                        prepare.parse().parse(item.key(), item.value(), item.contentType()))));
                bytes += item.value().length;
            } catch (RuntimeException e) {
                // Unusable input never reaches NER in the pipeline either.
            }
        }
        MemoryWatermarks memory = MemoryWatermarks.start();
        long jitStart = JitTime.totalMillis();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        stage.entities().apply(articles.get(i));
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the entities stage failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Measurement(Scenario.NER_ALONE, threads, articles.size(), done.get(), bytes, seconds, 0, -1, -1,
                List.of(), memory.stop(), JitTime.secondsSince(jitStart), StreamsBench.loadAverage());
    }
}
