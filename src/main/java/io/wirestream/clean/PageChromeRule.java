package io.wirestream.clean;

import io.wirestream.text.WordLists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Removes whole paragraphs that are portal chrome ("Open in App", "Epaper", "Follow us on ..."), listed in {@code page-chrome.txt}. */
public final class PageChromeRule implements CleanRule {

    private static final Set<String> EXACT;
    private static final List<Pattern> WILDCARDS;
    private static final int WILDCARD_MAX_WORDS = 8;
    private static final Pattern COUNT = Pattern.compile("\\s*\\(?\\d{1,6}$");

    static {
        Set<String> exact = new HashSet<>();
        List<Pattern> wildcards = new ArrayList<>();
        for (String entry : WordLists.lines(PageChromeRule.class, "page-chrome.txt")) {
            if (entry.contains("*")) {
                wildcards.add(Texts.phrase(entry));
            } else {
                exact.add(entry);
            }
        }
        EXACT = Set.copyOf(exact);
        WILDCARDS = List.copyOf(wildcards);
    }

    @Override
    public String name() {
        return "page-chrome";
    }

    @Override
    public void apply(Draft draft) {
        for (int i = draft.paragraphs().size() - 1; i >= 0; i--) {
            if (isChrome(draft.paragraphs().get(i))) {
                draft.removeParagraph(i, name());
            }
        }
    }

    static boolean isChrome(String paragraph) {
        if (paragraph.length() > 120) {
            return false;
        }
        String folded = Texts.foldTrimmed(paragraph);
        if (folded.isEmpty() && !paragraph.isBlank()) {
            return false; // punctuation or symbols only: not ours to judge
        }
        if (EXACT.contains(folded) || EXACT.contains(COUNT.matcher(folded).replaceFirst(""))) {
            return true;
        }
        if (Texts.wordCount(folded) > WILDCARD_MAX_WORDS) {
            return false;
        }
        for (Pattern p : WILDCARDS) {
            if (p.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }
}
