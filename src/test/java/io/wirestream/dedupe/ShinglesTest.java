package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Shingle hashes live in the bucket store and must not change across an upgrade: a copy whose
 * shingles were hashed differently from its original's would no longer be found.
 */
class ShinglesTest {

    @Test
    void shouldHashAsTheJoinedWordsOfEveryThreeWordRun() {
        Random random = new Random(11);
        String[] vocabulary = {"the", "minister", "said", "on", "Monday", "São", "Paulo", "Зеленський", "中文",
                "2024", "U.S.", "--", "(PTI)", "’s", "a", "the", "the"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(12);
            for (int i = 0; i < words; i++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? " " : ", ");
            }
            String s = text.toString();
            assertArrayEquals(joinedWordShingles(s), Shingles.of(s), s);
        }
    }

    @Test
    void shouldGiveOneShingleForFewerThanThreeWordsAndNoneForNoWords() {
        assertEquals(1, Shingles.of("Kyiv, Monday").length);
        assertEquals(0, Shingles.of(" -- ... ").length);
        // "the the the the" has two runs, both "the the the": one distinct shingle.
        assertEquals(1, Shingles.of("the the the the").length);
    }

    /** The definition: FNV-1a of the UTF-8 of each run's words joined by spaces, sorted, distinct. */
    private static int[] joinedWordShingles(String text) {
        String normalised = ContentFingerprint.normalise(text);
        if (normalised.isEmpty()) {
            return new int[0];
        }
        String[] words = normalised.split(" ");
        int n = Math.max(1, words.length - 2);
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) {
            String shingle = String.join(" ", Arrays.asList(words).subList(i, Math.min(words.length, i + 3)));
            int hash = 0x811c9dc5;
            for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= 0x01000193;
            }
            hashes[i] = hash;
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
