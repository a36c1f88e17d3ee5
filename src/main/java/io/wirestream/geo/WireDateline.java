package io.wirestream.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place of a wire dateline, with the state, province or country that qualifies it:
 * {@code CLEVELAND, Feb 26 -}, {@code STAMFORD, Conn., Feb 26 (Reuters) -},
 * {@code ELWOOD, KAN.}, {@code New Delhi [India], January 22 (ANI):}, {@code TOKYO (AP) —},
 * or a bare place name as the parse stage stores it ({@code "Stamford"}).
 *
 * @param place     the place as written ({@code "STAMFORD"})
 * @param qualifier what follows it ({@code "Conn."}, {@code "India"}), or {@code null}
 * @param end       where the dateline ends in the text it was read from
 */
record WireDateline(String place, String qualifier, int end) {

    static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "(?i)^(?:" + MONTH + "\\s+\\d{1,2}|\\d{1,2}\\s+" + MONTH + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\d{4})$");
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}|de |da |do |el |la |al |es )[\\p{L}.'’-]*){0,4}";
    /** PLACE[, QUALIFIER][, DATE] or PLACE [Qualifier], then an agency in parentheses, a dash or a colon. */
    private static final Pattern LEAD = Pattern.compile(
            "^\\s*(?<place>" + NAME + ")(?:\\s*\\[(?<bracket>[^\\]\\n]{1,40})\\])?"
                    + "(?<rest>(?:,\\s*[^,()\\n:\\-–—]{1,30}){0,3}?)\\s*"
                    + "(?:\\((?<agency>[^)\\n]{1,40})\\)\\s*)?(?<end>--?|–|—|_|:)\\s");

    /** The dateline a lead paragraph opens with, or empty when it opens with none. */
    static Optional<WireDateline> lead(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return Optional.empty();
        }
        String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
        Matcher m = LEAD.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group("place").trim();
        String rest = m.group("rest");
        String qualifier = m.group("bracket");
        boolean dated = false;
        if (rest != null && !rest.isBlank()) {
            for (String part : rest.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                if (DATE.matcher(p).matches()) {
                    dated = true;
                } else if (qualifier == null) {
                    qualifier = p;
                } else {
                    return Optional.empty();
                }
            }
        }
        // A sentence that happens to contain a dash is no dateline: ask for capitals, a date or an agency.
        boolean capitals = place.equals(place.toUpperCase(Locale.ROOT));
        if (!capitals && !dated && m.group("agency") == null && m.group("bracket") == null) {
            return Optional.empty();
        }
        return Optional.of(new WireDateline(place, qualifier == null ? null : qualifier.trim(), m.end()));
    }

    /** A dateline as a parse stage or an envelope stored it: a full dateline, or a place alone. */
    static Optional<WireDateline> of(String dateline) {
        if (dateline == null || dateline.isBlank()) {
            return Optional.empty();
        }
        Optional<WireDateline> lead = lead(dateline.strip() + " ");
        if (lead.isPresent()) {
            return lead;
        }
        String s = dateline.strip();
        int comma = s.indexOf(',');
        if (comma > 0) {
            String q = s.substring(comma + 1).trim();
            int next = q.indexOf(',');
            if (next >= 0) {
                q = q.substring(0, next).trim();
            }
            return Optional.of(new WireDateline(s.substring(0, comma).trim(),
                    q.isEmpty() || DATE.matcher(q).matches() ? null : q, s.length()));
        }
        return Optional.of(new WireDateline(s, null, s.length()));
    }
}
