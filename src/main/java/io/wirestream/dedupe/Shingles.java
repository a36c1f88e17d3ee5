package io.wirestream.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.wirestream.model.Article;

/**
 * The word 3-gram shingles of a cleaned body, hashed to sorted distinct ints, and the set
 * similarities near-copy verification needs (Jaccard and containment).
 */
public final class Shingles {

    /** Words per shingle: three keep a corrected name from spoiling more than three shingles. */
    static final int WORDS = 3;

    private Shingles() {
    }

    /** The shingles of the article's cleaned body, or of its headline when it has no body. */
    public static int[] of(Article article) {
        return of(article.body().isBlank() ? article.headline() : article.body());
    }

    /** Sorted, distinct hashes of every run of {@value #WORDS} normalised words (one shingle if fewer). */
    public static int[] of(String text) {
        String normalised = ContentFingerprint.normalise(text);
        if (normalised.isEmpty()) {
            return new int[0];
        }
        // Hashed in place over the UTF-8 bytes: a shingle is the bytes from its first word's start to its last
        // word's end, single spaces between (no UTF-8 sequence holds the byte of a space), the same bytes as
        // the joined words, without a string per shingle.
        byte[] utf8 = normalised.getBytes(StandardCharsets.UTF_8);
        int[] starts = new int[utf8.length / 2 + 2];
        int words = 0;
        starts[words++] = 0;
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == ' ') {
                starts[words++] = i + 1;
            }
        }
        starts[words] = utf8.length + 1; // where a word after the last would start
        int n = Math.max(1, words - WORDS + 1);
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = fnv1a(utf8, starts[i], starts[Math.min(words, i + WORDS)] - 1);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct == n ? hashes : Arrays.copyOf(hashes, distinct);
    }

    /** Size of the intersection of two sorted distinct arrays. */
    static int overlap(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /**
     * How close a copy is to an original.
     *
     * @param jaccard     shared shingles over all shingles
     * @param containment shared shingles over the shorter text's: 1.0 when one text holds the other whole
     * @param newText     the copy's share of shingles the original lacks
     */
    public record Similarity(double jaccard, double containment, double newText) {
    }

    /** The similarity of {@code copy} to {@code original}. */
    public static Similarity compare(int[] copy, int[] original) {
        if (copy.length == 0 || original.length == 0) {
            return new Similarity(0, 0, 1);
        }
        int common = overlap(copy, original);
        double jaccard = (double) common / (copy.length + original.length - common);
        double containment = (double) common / Math.min(copy.length, original.length);
        return new Similarity(jaccard, containment, 1 - (double) common / copy.length);
    }

    /** 32-bit FNV-1a of {@code bytes[from, to)}. */
    private static int fnv1a(byte[] bytes, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            hash ^= bytes[i] & 0xff;
            hash *= 0x01000193;
        }
        return hash;
    }
}
