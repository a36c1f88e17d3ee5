package io.wirestream.extract;

import java.util.Objects;

/**
 * A typed span a recogniser found, in the coordinates of the tokens it was given.
 *
 * @param start offset of the first character, inclusive
 * @param end   offset after the last character, exclusive
 * @param label what the recogniser called it
 * @param confidence the recogniser's probability for the label, in (0, 1]: for the CRF its
 *     marginal, the lowest over the span's tokens; 1 for a span a rule made or retyped
 */
public record EntitySpan(int start, int end, Label label, double confidence) {
    public EntitySpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad entity span [" + start + ", " + end + ")");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("bad confidence " + confidence);
        }
    }

    /** A span as certain as a rule makes it. */
    public EntitySpan(int start, int end, Label label) {
        this(start, end, label, 1.0);
    }

    /** The same span moved by {@code delta} characters. */
    public EntitySpan shift(int delta) {
        return new EntitySpan(start + delta, end + delta, label, confidence);
    }

    /** Recogniser labels: the three ninjs kinds plus MISC (nationalities, events, works). */
    public enum Label { PERSON, ORGANISATION, PLACE, MISC }
}
