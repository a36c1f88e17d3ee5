package io.wirestream.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits scraped text into paragraphs: one per line on web pages, and hard-wrapped wire copy
 * (lines of even width, or a line that breaks off mid-sentence) joined back together.
 */
final class Paragraphs {

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085]");
    private static final int WRAP_MIN = 45;
    private static final int WRAP_MAX = 100;
    private static final int WRAP_SPREAD = 15;
    /** A line shorter than this does not run on into the next one. */
    private static final int CONTINUED_MIN = 30;

    private Paragraphs() {
    }

    /** The non-empty paragraphs of {@code text}, stripped, in order. */
    static List<String> split(String text) {
        String[] lines = LINE_BREAK.matcher(text).replaceAll("\n").split("\n", -1);
        List<String> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(block, out);
            } else {
                if (isIndented(line) && !allIndented(block)) {
                    flush(block, out); // an indented line opens a paragraph in indented wire copy
                }
                block.add(line);
            }
        }
        flush(block, out);
        return out;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        boolean wrapped = isWrapped(block);
        StringBuilder current = new StringBuilder();
        String previous = "";
        for (String raw : block) {
            String line = raw.strip();
            // A short line is a page's menu entry or a tag ("Sign In", "e-Paper"), not a sentence broken off.
            if (current.length() > 0 && (wrapped || previous.length() >= CONTINUED_MIN && continues(current, line))) {
                if (current.charAt(current.length() - 1) == '-' && current.length() > 1
                        && Character.isLetter(current.charAt(current.length() - 2))
                        && !line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                    current.append(line); // a word hyphenated across the break
                } else {
                    current.append(' ').append(line);
                }
            } else {
                if (current.length() > 0) {
                    out.add(current.toString());
                }
                current.setLength(0);
                current.append(line);
            }
            previous = line;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        block.clear();
    }

    /**
     * A block of three or more lines of even width, most of them breaking off mid-sentence, is
     * wire copy wrapped at a fixed column.
     */
    private static boolean isWrapped(List<String> block) {
        if (block.size() < 3) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        int open = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            String line = block.get(i).strip();
            min = Math.min(min, line.length());
            max = Math.max(max, line.length());
            if (".!?:;\"”’)]|".indexOf(line.charAt(line.length() - 1)) < 0) {
                open++;
            }
        }
        return min >= WRAP_MIN && max <= WRAP_MAX && max - min <= WRAP_SPREAD
                && open * 2 >= block.size() - 1;
    }

    /** A line that breaks off mid-sentence continues on the next line when that starts in lower case. */
    private static boolean continues(CharSequence previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        if (".!?:;\"”’)]|".indexOf(last) >= 0) {
            return false;
        }
        int first = next.codePointAt(0);
        return Character.isLowerCase(first);
    }

    private static boolean isIndented(String line) {
        return line.startsWith("\t") || line.startsWith("  ");
    }

    private static boolean allIndented(List<String> block) {
        for (String line : block) {
            if (!isIndented(line)) {
                return false;
            }
        }
        return true; // also for an empty block
    }
}
