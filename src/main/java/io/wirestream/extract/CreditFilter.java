package io.wirestream.extract;

import io.wirestream.ingest.Agencies;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds agency credits ("(ANI/Sputnik)", "NEW DELHI (Reuters) -", "By PTI", "With inputs from
 * IANS"), so an agency is an organisation only where the text is about it. The agencies are
 * those of {@link Agencies#standard()}, with every alias.
 */
final class CreditFilter {

    private static final Pattern CREDIT;

    static {
        String agency = Agencies.standard().names().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
        String agencies = agency + "(?:\\s*[/,&]\\s*" + agency + "|\\s+and\\s+" + agency + ")*";
        String inputs = "(?:(?:with\\s+)?(?:inputs|input)\\s+from\\s+)?";
        CREDIT = Pattern.compile(String.join("|",
                // (ANI), (ANI/Sputnik), ( With inputs from ANI ), [Reuters]
                "[(\\[]\\s*" + inputs + agencies + "\\s*(?:photo|file|video)?\\s*[)\\]]",
                // By ANI | Source: PTI | Courtesy Reuters, at a line start
                "(?m)^\\s*(?:by|source|courtesy|credit|photo|via)\\s*:?\\s*" + agencies + "\\b",
                // With inputs from PTI, anywhere
                "\\b(?:with\\s+)?inputs?\\s+from\\s+" + agencies + "\\b",
                // trailing sign-off: "-- Reuters", "— AP"
                "[-\u2013\u2014]{1,2}\\s*" + agencies + "\\s*$"),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private CreditFilter() {
    }

    /** Character ranges {@code [start, end)} of credits in {@code text}. */
    static Intervals credits(String text) {
        Intervals ranges = new Intervals();
        Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                ranges.add(m.start(), m.end());
            }
        }
        return ranges;
    }
}
