package io.wirestream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Words must split exactly as the pattern {@code [\p{L}\p{N}]+} did: the content hashes and shingles
 * of the dedupe stores are built on them, and a hash that changed across an upgrade would let a
 * copy through.
 */
class WordsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void shouldClassEveryCodePointAsThePatternDoes() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int c = cp;
            boolean pattern = WORD.matcher(new String(Character.toChars(c))).matches();
            assertEquals(pattern, Words.isWordChar(c), () -> "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void shouldSplitAndJoinAsThePatternOnMixedText() {
        Random random = new Random(7);
        // Latin, accents, Cyrillic, Devanagari (with its combining marks), CJK, digits of two scripts,
        // superscripts, spaces of several kinds, punctuation, a supplementary letter and lone surrogates.
        String alphabet = "aZé ß\u0416\u044f\u0915\u093e\u094d\u4e2d\u6587 09\u0663\u00b2\u2167 \u00a0\u2009\t\n"
                + ".,;:'\"()-\u2014\u2019\u00ab\u00bb$%&/\ud835\udc00\ud800\udc00\ud83d";
        int[] points = alphabet.codePoints().toArray();
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
            String s = text.toString();
            assertEquals(patternWords(s), Words.of(s), s);
            assertEquals(NON_WORD.matcher(s).replaceAll(" ").strip(), Words.joined(s), s);
        }
    }

    @Test
    void shouldJoinWordsOfAWireSentenceBySingleSpaces() {
        assertEquals("new delhi india oct 4 pti prime minister s 2 day visit",
                Words.joined("NEW DELHI, India (Oct 4) -- (PTI) Prime Minister's 2-day visit...").toLowerCase());
        assertEquals(List.of("Kyiv", "2024", "Зеленський"), Words.of("  Kyiv, 2024: «Зеленський» "));
        assertEquals("", Words.joined(" -- ... "));
    }

    private static List<String> patternWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
