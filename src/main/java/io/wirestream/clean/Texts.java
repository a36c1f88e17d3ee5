package io.wirestream.clean;

import io.wirestream.text.Phrases;
import io.wirestream.text.Words;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers shared by the rules: comparison folding, words, phrase patterns. */
final class Texts {

    private Texts() {
    }

    /** Text for comparisons only: lower case, straight quotes, plain dashes, single spaces. */
    static String fold(String text) {
        return Phrases.fold(text);
    }

    /** {@link #fold} without punctuation or symbols at either end. */
    static String foldTrimmed(String text) {
        return Phrases.foldTrimmed(text);
    }

    /** The folded words of a text, in order. */
    static List<String> words(String text) {
        return Words.of(fold(text));
    }

    /** Runs of non-space characters, counted without a pattern: every rule asks it of every paragraph. */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** A phrase-list entry as a whole-text pattern: {@code *} stands for a few words. */
    static Pattern phrase(String entry) {
        return Phrases.pattern(entry);
    }
}
