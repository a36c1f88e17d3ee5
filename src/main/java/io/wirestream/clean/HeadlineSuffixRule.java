package io.wirestream.clean;

import io.wirestream.text.RulePacks;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips a known portal or section suffix (" | India News", " - Times of India") from the headline, listed in {@code headline-suffixes.txt}. */
public final class HeadlineSuffixRule implements CleanRule {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+");
    private static final int MIN_KEPT = 10;

    private final Set<String> suffixes;

    /** The rule over the bundled list. */
    public HeadlineSuffixRule() {
        this(RulePacks.bundled());
    }

    /** The rule over the bundled list with a newsroom's {@code headline-suffixes.txt} pack. */
    public HeadlineSuffixRule(RulePacks packs) {
        Set<String> folded = new java.util.HashSet<>();
        for (String entry : packs.lines(HeadlineSuffixRule.class, "headline-suffixes.txt")) {
            folded.add(Texts.foldTrimmed(entry)); // compared with folded text, so a pack may be written in any case
        }
        this.suffixes = Set.copyOf(folded);
    }

    @Override
    public String name() {
        return "headline-suffix";
    }

    @Override
    public void apply(Draft draft) {
        for (int round = 0; round < 3; round++) {
            String headline = draft.headline();
            if (headline.length() > 1000) {
                return;
            }
            Matcher m = SEPARATOR.matcher(headline);
            int start = -1;
            int end = -1;
            while (m.find()) {
                start = m.start();
                end = m.end();
            }
            if (start < MIN_KEPT || !suffixes.contains(Texts.foldTrimmed(headline.substring(end)))) {
                return;
            }
            draft.cutHeadline(start, name());
        }
    }
}
