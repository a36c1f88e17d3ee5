package io.wirestream.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparison with the word lists, and turns a phrase-list entry into a pattern. */
public final class Phrases {

    private Phrases() {
    }

    /** Text for comparisons only: lower case, straight quotes, plain dashes, single spaces. */
    public static String fold(String text) {
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = s.length() > 0;
                continue;
            }
            if (space) {
                s.append(' ');
                space = false;
            }
            s.append(switch (c) {
                case '‘', '’', '‚', '′' -> '\'';
                case '“', '”', '„', '″' -> '"';
                case '–', '—', '‐', '‑', '−' -> '-';
                default -> c;
            });
        }
        // one pass above, not a whitespace pattern: this runs on every paragraph and sentence
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link #fold} without punctuation or symbols at either end ("- Open in App »" is "open in app"). */
    public static String foldTrimmed(String text) {
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

    /** A phrase-list entry as a whole-text pattern over folded text: {@code *} stands for a few words. */
    public static Pattern pattern(String entry) {
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
