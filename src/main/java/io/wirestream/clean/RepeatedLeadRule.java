package io.wirestream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes a paragraph that repeats an earlier one with small edits (word-bigram Jaccard
 * similarity at least 0.8, lengths within 20%), keeping the first.
 */
public final class RepeatedLeadRule implements CleanRule {

    static final double MIN_SIMILARITY = 0.8;
    static final double MIN_LENGTH_RATIO = 0.8;
    /** Shorter paragraphs (quotes, one-liners) may legitimately look alike. */
    static final int MIN_WORDS = 12;

    @Override
    public String name() {
        return "repeated-lead";
    }

    @Override
    public void apply(Draft draft) {
        List<List<String>> kept = new ArrayList<>();
        List<Set<String>> keptShingles = new ArrayList<>();
        int i = 0;
        while (i < draft.paragraphs().size()) {
            List<String> words = Texts.words(draft.paragraphs().get(i));
            Set<String> shingles = shingles(words);
            if (words.size() >= MIN_WORDS && repeats(words, shingles, kept, keptShingles)) {
                draft.removeParagraph(i, name());
            } else {
                kept.add(words);
                keptShingles.add(shingles);
                i++;
            }
        }
    }

    private static boolean repeats(List<String> words, Set<String> shingles, List<List<String>> kept,
                                   List<Set<String>> keptShingles) {
        for (int k = 0; k < kept.size(); k++) {
            List<String> earlier = kept.get(k);
            if (earlier.size() < MIN_WORDS) {
                continue;
            }
            double ratio = (double) Math.min(words.size(), earlier.size()) / Math.max(words.size(), earlier.size());
            if (ratio >= MIN_LENGTH_RATIO && similarity(shingles, keptShingles.get(k)) >= MIN_SIMILARITY) {
                return true;
            }
        }
        return false;
    }

    /** Jaccard similarity of two shingle sets. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    /** Word bigrams. */
    static Set<String> shingles(List<String> words) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            out.add(words.get(i) + ' ' + words.get(i + 1));
        }
        return out;
    }
}
