package io.wirestream.extract;

import io.wirestream.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Corpus and helpers for the JMH benchmark in {@code io.wirestream.bench}. */
public final class NerBench {

    private NerBench() {
    }

    /** The dev-set articles (labels stripped) and the seed sample. */
    public static List<Article> corpus() {
        try {
            List<Article> out = new ArrayList<>();
            for (AccuracyTest.Doc d : AccuracyTest.load()) {
                out.add(d.article());
            }
            out.add(Articles.tokyoEmbassy());
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A feed of the corpus plus half as many again re-issued items, so a third of the items
     * repeat earlier paragraphs: each re-issue has a new lead and an earlier item's paragraphs.
     */
    public static List<Article> feedWithRepeats(List<Article> corpus) {
        List<Article> feed = new ArrayList<>(corpus);
        for (int i = 0; i < corpus.size() / 2; i++) {
            Article earlier = corpus.get((i * 7) % corpus.size());
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("UPDATE " + (i + 1) + ": adds reaction from officials in paragraph " + (i % 3 + 2) + ".");
            paragraphs.addAll(earlier.paragraphs());
            feed.add(Articles.of(earlier.headline(), paragraphs.toArray(String[]::new)));
        }
        return List.copyOf(feed);
    }

    public static int tokens(List<Article> articles) {
        int n = 0;
        for (Article a : articles) {
            for (List<Token> s : TextSegmenter.sentences(a.headline())) {
                n += s.size();
            }
            for (List<Token> s : TextSegmenter.sentences(a.body())) {
                n += s.size();
            }
        }
        return n;
    }

    /** Only the tokenizer and sentence splitter, which both the raw engine and the stage run. */
    public static int tokenize(Article a) {
        return TextSegmenter.sentences(a.headline()).size() + TextSegmenter.sentences(a.body()).size();
    }

    /** The raw engine's work on one article: segment and classify every sentence. */
    public static int rawEngine(EntityRecognizer engine, Article a) {
        int spans = 0;
        for (List<Token> s : TextSegmenter.sentences(a.headline())) {
            spans += engine.recognize(s).size();
        }
        for (List<Token> s : TextSegmenter.sentences(a.body())) {
            spans += engine.recognize(s).size();
        }
        return spans;
    }
}
