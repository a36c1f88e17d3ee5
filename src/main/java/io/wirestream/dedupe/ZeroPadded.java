package io.wirestream.dedupe;

/**
 * Non-negative numbers as fixed-width ASCII digits, so store keys and refs sort like the numbers.
 *
 * <p>Not {@code String.format("%019d")}: that takes its digits from the default locale (an instance
 * whose locale has other digits would write keys the others do not order alike), and it was 1 % of the
 * stream threads' samples in the dedupe path.
 */
public final class ZeroPadded {

    private ZeroPadded() {
    }

    /** Appends {@code value} (>= 0) to {@code out} left-padded with '0' to {@code width} digits. */
    public static StringBuilder append(StringBuilder out, long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("value must be >= 0, was " + value);
        }
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
