package io.wirestream.extract;

import java.util.Objects;

/**
 * One token of a sentence: the word form handed to a recogniser and where it stands in the text.
 *
 * @param word  the token as the recogniser should read it (possibly normalised or re-cased)
 * @param start offset of the first character in the source text, inclusive
 * @param end   offset after the last character, exclusive
 */
public record Token(String word, int start, int end) {
    public Token {
        Objects.requireNonNull(word, "word");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    /** The same token moved by {@code delta} characters. */
    public Token shift(int delta) {
        return new Token(word, start + delta, end + delta);
    }
}
