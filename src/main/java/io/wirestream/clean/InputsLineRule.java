package io.wirestream.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the "( With inputs from ANI )" line, as its own paragraph or at the end of one. */
public final class InputsLineRule extends ParagraphFilter {

    private static final String INPUTS = "(?:with\\s+)?(?:additional\\s+|more\\s+)?inputs?\\s+from\\s+";
    private static final Pattern LINE = Pattern.compile(
            "(?:^|(?<=[.!?\"”’)\\]])\\s{0,3})(?<inputs>"
                    + "[(\\[]\\s*" + INPUTS + "[^()\\[\\]\\n]{1,80}[)\\]]\\.?"
                    + "|(?:--|—|–|-)?\\s*" + INPUTS + "[\\p{L}\\p{N} &/'-]{1,40}\\.?"
                    + ")\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String name() {
        return "inputs-line";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        String p = paragraphs.get(index);
        if (p.length() > 5000 || !p.toLowerCase(Locale.ROOT).contains("input")) {
            return Cut.KEEP;
        }
        Matcher m = LINE.matcher(p);
        if (m.find() && (m.start("inputs") == 0 || startsMarked(m.group("inputs")))) {
            return Cut.tail(m.start("inputs"), 1.0);
        }
        return Cut.KEEP;
    }

    /** Mid-paragraph, only a bracketed or dashed inputs line is one; "...with inputs from experts." is prose. */
    private static boolean startsMarked(String inputs) {
        char c = inputs.charAt(0);
        return c == '(' || c == '[' || c == '-' || c == '—' || c == '–';
    }
}
