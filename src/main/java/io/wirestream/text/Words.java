package io.wirestream.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Words as the dedupe fingerprints and the cleaning rules count them: maximal runs of letters and
 * numbers ({@code \p{L}} and {@code \p{N}}), whatever the script.
 *
 * <p>A loop over code points, not the pattern {@code [\p{L}\p{N}]+}: the same answer (WordsTest
 * checks every code point against the pattern), but the pattern tests each character against a
 * union of Unicode categories, and on every item it ran over the whole body three times for the
 * fingerprints alone (async-profiler of {@code bench}, NER off).
 */
public final class Words {

    private Words() {
    }

    /** Whether a code point belongs to a word: a letter or a number of any kind. */
    public static boolean isWordChar(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The words of {@code text}, in order, as they stand. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** The words of {@code text} joined by single spaces: everything else between them dropped. */
    public static String joined(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
