package io.wirestream.clean;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the "( With inputs from ANI )" line, as its own paragraph or at the end of one. */
public final class InputsLineRule implements CleanRule {

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
    public void apply(Draft draft) {
        for (int i = draft.paragraphs().size() - 1; i >= 0; i--) {
            String p = draft.paragraphs().get(i);
            if (p.length() > 5000 || !p.toLowerCase(Locale.ROOT).contains("input")) {
                continue;
            }
            Matcher m = LINE.matcher(p);
            if (m.find() && (m.start("inputs") == 0 || startsMarked(m.group("inputs")))) {
                draft.cutParagraph(i, m.start("inputs"), name());
            }
        }
    }

    /** Mid-paragraph, only a bracketed or dashed inputs line is one; "...with inputs from experts." is prose. */
    private static boolean startsMarked(String inputs) {
        char c = inputs.charAt(0);
        return c == '(' || c == '[' || c == '-' || c == '—' || c == '–';
    }
}
