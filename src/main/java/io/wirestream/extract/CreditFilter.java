package io.wirestream.extract;

import io.wirestream.text.Agencies;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds agency credits ("(ANI/Sputnik)", "NEW DELHI (Reuters) -", "By PTI", "With inputs from
 * IANS"), so an agency is an organisation only where the text is about it. The agencies are
 * those of {@link Agencies#standard()}, with every alias.
 */
final class CreditFilter {

    /** Words a credit may run into an agency name without a space ("ByANI"). */
    private static final List<String> LEADS = List.of("by", "source", "courtesy", "credit", "photo", "via");
    private static final Pattern CREDIT;
    /** What may follow an agency name inside a credit without a space ("(Reutersphoto)"). */
    private static final List<String> MEDIA = List.of("photo", "file", "video");
    /**
     * The longest word of every agency name, lower-cased: a credit naming that agency has it
     * as a whole word, or run into a lead before it or a media word after it.
     */
    private static final Set<String> KEY_WORDS;

    static {
        List<String> names = Agencies.standard().names();
        String agency = names.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
        String agencies = agency + "(?:\\s*[/,&]\\s*" + agency + "|\\s+and\\s+" + agency + ")*";
        String inputs = "(?:(?:with\\s+)?(?:inputs|input)\\s+from\\s+)?";
        CREDIT = Pattern.compile(String.join("|",
                // (ANI), (ANI/Sputnik), ( With inputs from ANI ), [Reuters]
                "[(\\[]\\s*" + inputs + agencies + "\\s*(?:photo|file|video)?\\s*[)\\]]",
                // By ANI | Source: PTI | Courtesy Reuters, at a line start
                "(?m)^\\s*(?:" + String.join("|", LEADS) + ")\\s*:?\\s*" + agencies + "\\b",
                // With inputs from PTI, anywhere
                "\\b(?:with\\s+)?inputs?\\s+from\\s+" + agencies + "\\b",
                // trailing sign-off: "-- Reuters", "— AP"
                "[-\u2013\u2014]{1,2}\\s*" + agencies + "\\s*$"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> keys = new HashSet<>();
        for (String name : names) {
            keys.add(keyWord(name.toLowerCase(Locale.ROOT)));
        }
        KEY_WORDS = Set.copyOf(keys);
    }

    private CreditFilter() {
    }

    /** Character ranges {@code [start, end)} of credits in {@code text}. */
    static Intervals credits(String text) {
        Intervals ranges = new Intervals();
        if (!mayNameAnAgency(text)) {
            return ranges;
        }
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                ranges.add(m.start(), m.end());
            }
        }
        return ranges;
    }

    /**
     * Whether {@code text} may hold a credit: some word of it is the key word of an agency
     * name, alone or run into a lead ("ByANI") or a media word. Credits are rare and this is
     * much cheaper than running the credit pattern over every article.
     */
    static boolean mayNameAnAgency(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = lower.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(lower, i);
            String word = lower.substring(i, end);
            if (KEY_WORDS.contains(word)) {
                return true;
            }
            for (String lead : LEADS) {
                if (word.startsWith(lead) && KEY_WORDS.contains(word.substring(lead.length()))) {
                    return true;
                }
            }
            for (String media : MEDIA) {
                if (word.endsWith(media) && KEY_WORDS.contains(word.substring(0, word.length() - media.length()))) {
                    return true;
                }
            }
            i = end;
        }
        return false;
    }

    /** The longest word of a name (the first of equally long ones). */
    private static String keyWord(String name) {
        String key = "";
        int i = 0;
        while (i < name.length()) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(name, i);
            if (end - i > key.length()) {
                key = name.substring(i, end);
            }
            i = end;
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("agency name without a word: '" + name + "'");
        }
        return key;
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
