package io.wirestream.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a paragraph that is only a page's time stamp ("First Published: Mar 4, 2024, 02:22 PM
 * IST", "Updated 2 hours ago", "Posted: Mar 4, 2024 / 09:22 PM EST"): once every word that
 * names a date, a time, a zone or the stamp's label is taken away, nothing is left.
 */
public final class TimestampRule extends ParagraphFilter {

    private static final int MAX_WORDS = 30;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+|\\d+(?:[:./-]\\d+)*(?:st|nd|rd|th)?|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> LABELS = Set.of("first", "last", "published", "updated", "posted", "created",
            "modified", "edited", "date", "dated", "on", "at", "time", "uploaded", "released", "issued");
    /** The few words a print-edition line names its paper with ("Published in The Karachi Courier, March 5th, 2024"). */
    private static final Pattern PRINT_LINE = Pattern.compile("^(?i:published|printed|appeared|first appeared) (?i:in) (?:[Tt]he )?"
            + "[\\p{Lu}][\\p{L}'&.-]*(?: [\\p{Lu}][\\p{L}'&.-]*){0,4}[,:]? ");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> OTHER_TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm",
            "a", "p", "m", "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "second", "seconds",
            "day", "days", "week", "weeks", "yesterday", "today", "just", "now", "ist", "pkt", "pst", "gst", "eat", "gmt",
            "bst", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pdt", "cet", "cest", "wat", "cat", "sast", "ast",
            "jst", "sgt", "hkt", "aest", "npt", "bdt", "et", "pt");

    @Override
    public String name() {
        return "timestamp";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        double score = score(paragraphs.get(index));
        return score > 0 ? Cut.whole(score) : Cut.KEEP;
    }

    /** 1 for a labelled stamp, 0.9 for a bare date with its year and a clock time, 0 for anything else. */
    static double score(String paragraph) {
        if (paragraph.length() > 250 || Texts.wordCount(paragraph) > MAX_WORDS) {
            return 0.0;
        }
        String text = paragraph.strip();
        Matcher print = PRINT_LINE.matcher(text);
        boolean labelled = false;
        if (print.find()) {
            text = text.substring(print.end());
            labelled = true;
        }
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        boolean date = false;
        boolean year = false;
        boolean time = false;
        while (m.find()) {
            String t = m.group();
            char c = t.charAt(0);
            if (Character.isDigit(c)) {
                boolean numericDate = t.indexOf('-') > 0 || t.indexOf('/') > 0 || t.indexOf('.') > 0;
                date |= t.length() >= 4 || numericDate;
                year |= t.matches("(?:19|20)\\d\\d") || numericDate && t.matches(".*\\d{4}.*");
                time |= t.indexOf(':') > 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue; // separators: | / , - ( )
            }
            if (MONTHS.contains(t)) {
                date = true;
            } else if (t.equals("ago") || t.equals("am") || t.equals("pm")) {
                time = true;
            } else if (LABELS.contains(t)) {
                labelled |= !t.equals("on") && !t.equals("at");
            } else if (!OTHER_TIME_WORDS.contains(t)) {
                return 0.0;
            }
        }
        if (labelled) {
            return date || time ? 1.0 : 0.0;
        }
        // unlabelled, only a full stamp: a match report's "Tuesday, 1 March" or "2000 GMT" is story
        return year && time ? 0.9 : 0.0;
    }
}
