package io.wirestream.extract;

import java.util.Objects;

/**
 * A typed span a recogniser found, in the coordinates of the tokens it was given.
 *
 * @param start offset of the first character, inclusive
 * @param end   offset after the last character, exclusive
 * @param label what the recogniser called it
 */
public record EntitySpan(int start, int end, Label label) {
    public EntitySpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ")");
        }
    }

    /** The same span moved by {@code delta} characters. */
    public EntitySpan shift(int delta) {
        return new EntitySpan(start + delta, end + delta, label);
    }

    /** Recogniser labels: the three ninjs kinds plus MISC (nationalities, events, works). */
    public enum Label { PERSON, ORGANISATION, PLACE, MISC }
}
