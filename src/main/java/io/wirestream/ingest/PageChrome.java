package io.wirestream.ingest;

import io.wirestream.text.Chrome;
import io.wirestream.text.Phrases;

import java.util.regex.Pattern;

/** Recognises lines of portal navigation ("City", "Epaper", breadcrumbs, "3 min read") that are never a headline. */
final class PageChrome {

    private static final Chrome CHROME = Chrome.standard();
    private static final Pattern CRUMB = Pattern.compile("\\s[>›»/|]\\s");

    private PageChrome() {
    }

    static boolean isChrome(String line) {
        if (line.length() > 200) {
            return false;
        }
        String folded = Phrases.foldTrimmed(line);
        if (folded.isEmpty() || CHROME.isLine(line)) {
            return true;
        }
        String[] crumbs = CRUMB.split(line, -1);
        if (crumbs.length >= 2) {
            int listed = 0;
            for (String crumb : crumbs) {
                if (crumb.strip().split("\\s+").length > 3) {
                    return false;
                }
                listed += CHROME.isLine(crumb) ? 1 : 0;
            }
            // "Home > World > Asia", or a menu bar of section names: "UAE | Gulf | World | Business"
            return CHROME.isLine(crumbs[0]) || crumbs.length >= 4 || listed * 2 >= crumbs.length;
        }
        return false;
    }
}
