package io.wirestream.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes a paragraph that repeats an earlier one with small edits (word-bigram Jaccard
 * similarity at least 0.8, lengths within 20%), keeping the first, unless only the later one opens
 * with the wire's dateline: then the earlier is a portal's summary of the lead, and goes.
 */
public final class RepeatedLeadRule implements CleanRule {

    /**
     * A wire dateline opening a paragraph: a place in capitals and a dash ("HALIFAX —", "JAKARTA (Reuters) -"), or
     * any place with the agency in brackets ("New Delhi [India], January 22 (ANI):").
     */
    private static final Pattern DATELINED = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?:,\\s?[\\p{L}. ]{2,20})?\\s?(?:\\([^)\\n]{2,30}\\)\\s?)?(?:--|[-–—_:])\\s"
                    + "|\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:\\s?\\[[^\\]\\n]{1,30}\\])?(?:,\\s?\\p{L}{3,9}\\.?\\s\\d{1,2})?\\s?\\([^)\\n]{2,30}\\)\\s?(?:--|[-–—_:])\\s");
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
        List<Integer> keptAt = new ArrayList<>();
        int i = 0;
        while (i < draft.paragraphs().size()) {
            String paragraph = draft.paragraphs().get(i);
            List<String> words = Texts.words(paragraph);
            Set<String> shingles = shingles(words);
            int k = words.size() >= MIN_WORDS ? repeated(words, shingles, kept, keptShingles) : -1;
            if (k >= 0 && DATELINED.matcher(paragraph).lookingAt()
                    && !DATELINED.matcher(draft.paragraphs().get(keptAt.get(k))).lookingAt()) {
                // A portal's summary printed before the agency's lead: the datelined copy is the story's.
                int at = keptAt.remove(k);
                kept.remove(k);
                keptShingles.remove(k);
                draft.removeParagraph(at, name());
                keptAt.replaceAll(j -> j > at ? j - 1 : j);
                i--;
                k = -1;
            }
            if (k >= 0) {
                draft.removeParagraph(i, name());
            } else {
                kept.add(words);
                keptShingles.add(shingles);
                keptAt.add(i);
                i++;
            }
        }
    }

    /** The kept paragraph {@code words} repeats, or -1. */
    private static int repeated(List<String> words, Set<String> shingles, List<List<String>> kept,
                                List<Set<String>> keptShingles) {
        for (int k = 0; k < kept.size(); k++) {
            List<String> earlier = kept.get(k);
            if (earlier.size() < MIN_WORDS) {
                continue;
            }
            double ratio = (double) Math.min(words.size(), earlier.size()) / Math.max(words.size(), earlier.size());
            if (ratio >= MIN_LENGTH_RATIO && similarity(shingles, keptShingles.get(k)) >= MIN_SIMILARITY) {
                return k;
            }
        }
        return -1;
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
