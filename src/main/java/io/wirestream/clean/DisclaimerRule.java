package io.wirestream.clean;

import io.wirestream.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes the auto-publish disclaimer, as its own paragraph or at the end of one, in the wordings of {@code disclaimers.txt}. */
public final class DisclaimerRule implements CleanRule {

    private static final List<Pattern> PATTERNS = load();

    @Override
    public String name() {
        return "disclaimer";
    }

    @Override
    public void apply(Draft draft) {
        for (int i = draft.paragraphs().size() - 1; i >= 0; i--) {
            int at = start(draft.paragraphs().get(i));
            if (at >= 0) {
                draft.cutParagraph(i, at, name());
            }
        }
    }

    /** Where the disclaimer that ends this paragraph starts, or -1 when none does. */
    static int start(String paragraph) {
        if (paragraph.length() > 5000 || !mayHoldDisclaimer(paragraph.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(paragraph);
            if (m.find()) {
                return m.start("disclaimer");
            }
        }
        return -1;
    }

    /** A cheap test before the patterns: every wording names one of these words. */
    private static boolean mayHoldDisclaimer(String lower) {
        return lower.contains("disclaimer") || lower.contains("edited") || lower.contains("auto")
                || lower.contains("reworked") || lower.contains("headline") || lower.contains("syndicated") || lower.contains("feed");
    }

    private static List<Pattern> load() {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : WordLists.lines(DisclaimerRule.class, "disclaimers.txt")) {
            patterns.add(Pattern.compile("(?:^|(?<=[.!?\"”’)\\]])\\s{1,3})(?<disclaimer>" + regex + ")\\s*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
        }
        return List.copyOf(patterns);
    }
}
