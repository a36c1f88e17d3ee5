package io.wirestream.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures cut into LSH bands: two texts whose shingle sets have Jaccard similarity
 * {@code s} share at least one band key with probability {@code 1 - (1 - s^rows)^bands}.
 *
 * @param bands how many band keys each text gets (and repartition records it fans out to)
 * @param rows  signature values per band
 */
public record MinHash(int bands, int rows) {

    /**
     * 10 bands of 2 rows: a pair at Jaccard 0.5 meets in a bucket with probability 0.94, at 0.4 with 0.83,
     * so write-thrus (a story with paragraphs added, Jaccard 0.4 to 0.6) still meet their original. Every band
     * is a repartitioned record carrying the shingles, the main cost of the dedupe path: 10 x 2 finds the same
     * near copies of the labelled set as 20 x 3 with half the records, for more pairs verified (README).
     */
    public static final MinHash DEFAULT = new MinHash(10, 2);

    public MinHash {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive, were " + bands + " and " + rows);
        }
    }

    /** One key per band, {@code b<band>:<hex>}; none for a text without shingles. */
    public List<String> bandKeys(int[] shingles) {
        List<String> keys = new ArrayList<>(bands);
        if (shingles.length == 0) {
            return keys;
        }
        long[] signature = signature(shingles);
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int row = 0; row < rows; row++) {
                h = mix(h ^ signature[band * rows + row]);
            }
            keys.add("b" + band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    private long[] signature(int[] shingles) {
        long[] signature = new long[bands * rows];
        for (int i = 0; i < signature.length; i++) {
            long seed = mix(0x9E3779B97F4A7C15L * (i + 1));
            long min = Long.MAX_VALUE;
            for (int shingle : shingles) {
                long h = mix(seed ^ shingle);
                if (h < min) {
                    min = h;
                }
            }
            signature[i] = min;
        }
        return signature;
    }

    /** SplitMix64's finaliser: a cheap hash with good avalanche, stable across JVMs and runs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
