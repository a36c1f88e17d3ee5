package io.wirestream.ingest;

import io.wirestream.text.Chrome;
import io.wirestream.text.Phrases;

import java.util.regex.Pattern;

/** Recognises lines of portal navigation ("City", "Epaper", breadcrumbs, "3 min read") that are never a headline. */
final class PageChrome {

    private static final Chrome CHROME = Chrome.standard();
    private static final Pattern READ_TIME = Pattern.compile("^\\d{1,3}\\s*min(?:ute)?s?(?:\\s+read)?$");
    private static final Pattern CRUMB = Pattern.compile("\\s[>›»/|]\\s");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        if (line.length() > 200) {
            return false;
        }
        String folded = Phrases.foldTrimmed(line);
        if (folded.isEmpty() || CHROME.isLine(line) || READ_TIME.matcher(folded).matches()) {
            return true;
        }
        String[] crumbs = CRUMB.split(line, -1);
        if (crumbs.length >= 2) {
            for (String crumb : crumbs) {
                if (crumb.strip().split("\\s+").length > 3) {
                    return false;
                }
            }
            return CHROME.isLine(crumbs[0]); // "Home > World > Asia"
        }
        return false;
    }
}
