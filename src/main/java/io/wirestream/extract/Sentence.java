package io.wirestream.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a field as the span rules see it: its tokens, the field's text, how it is
 * cased, and where the field's agency credits stand.
 *
 * @param text    the whole field's text; token offsets point into it
 * @param tokens  the sentence's tokens
 * @param oddCase whether it is ALL CAPS or Title Case, where words are matched ignoring case
 * @param credits the field's agency credits, where no entity is kept
 */
record Sentence(String text, List<Token> tokens, boolean oddCase, Intervals credits) {

    /** The tokens inside {@code [start, end)}; the text there as one token when no token fits inside. */
    List<Token> tokensIn(int start, int end) {
        List<Token> in = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                in.add(t);
            }
        }
        return in.isEmpty() ? List.of(new Token(text.substring(start, end), start, end)) : in;
    }

    /** Index of the first token starting at or after {@code offset}, or -1. */
    int firstTokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the token ending at {@code end}, searching from {@code from}, or -1. */
    int tokenEndingAt(int end, int from) {
        for (int i = Math.max(0, from); i < tokens.size(); i++) {
            if (tokens.get(i).end() == end) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code words} stand at token {@code at}, ignoring case in odd-cased sentences. */
    boolean matchesAt(int at, List<String> words) {
        return matchesAt(tokens, at, words, oddCase);
    }

    static boolean matchesAt(List<Token> tokens, int at, List<String> words, boolean ignoreCase) {
        if (at < 0 || at + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = tokens.get(at + i).word();
            if (ignoreCase ? !w.equalsIgnoreCase(words.get(i)) : !w.equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this is a dateline or a table row rather than prose or a headline: no word in lower
     * case, and a number ("NEW YORK 1996-08-30", "New York 70 60 .538"). A name there is not used
     * as in a sentence: the same words name the dateline's city and, in the standings, its team.
     */
    boolean listLine() {
        boolean number = false;
        for (Token t : tokens) {
            String w = t.word();
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
            number |= w.codePoints().anyMatch(Character::isDigit);
        }
        return number;
    }

    String textOf(EntitySpan span) {
        return text.substring(span.start(), span.end());
    }
}
