package io.wirestream.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the rules: comparison folding, words, phrase patterns. */
final class Texts {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Texts() {
    }

    /** Text for comparisons only: lower case, straight quotes, plain dashes, single spaces. */
    static String fold(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            s.append(switch (c) {
                case '‘', '’', '‚', '′' -> '\'';
                case '“', '”', '„', '″' -> '"';
                case '–', '—', '‐', '‑', '−' -> '-';
                default -> c;
            });
        }
        return SPACE.matcher(s.toString().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** {@link #fold} without punctuation or symbols at either end ("- Open in App »" is "open in app"). */
    static String foldTrimmed(String text) {
        String f = fold(text);
        int start = 0;
        int end = f.length();
        while (start < end && !Character.isLetterOrDigit(f.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(f.charAt(end - 1))) {
            end--;
        }
        return f.substring(start, end);
    }

    /** The folded words of a text, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static int wordCount(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : SPACE.split(s).length;
    }

    /** A phrase-list entry as a whole-text pattern: {@code *} stands for up to six words. */
    static Pattern phrase(String entry) {
        StringBuilder regex = new StringBuilder();
        for (String part : entry.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append("[^.!?]{1,60}?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
