package io.wirestream.ingest;

import io.wirestream.text.WordLists;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises lines of portal navigation ("City", "Epaper", breadcrumbs, "3 min read") that are never a headline. */
final class PageChrome {

    private static final Set<String> LINES = Set.copyOf(WordLists.lines(PageChrome.class, "page-chrome.txt"));
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern READ_TIME = Pattern.compile("^\\d{1,3}\\s*min(?:ute)?s?(?:\\s+read)?$");
    private static final Pattern CRUMB = Pattern.compile("\\s[>›»/|]\\s");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        if (line.length() > 200) {
            return false;
        }
        String folded = fold(line);
        if (folded.isEmpty() || LINES.contains(folded) || READ_TIME.matcher(folded).matches()) {
            return true;
        }
        String[] crumbs = CRUMB.split(line, -1);
        if (crumbs.length >= 2) {
            for (String crumb : crumbs) {
                if (crumb.strip().split("\\s+").length > 3) {
                    return false;
                }
            }
            return LINES.contains(fold(crumbs[0])); // "Home > World > Asia"
        }
        return false;
    }

    static String fold(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && !Character.isLetterOrDigit(line.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(line.charAt(end - 1))) {
            end--;
        }
        String s = line.substring(start, end);
        return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
