package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import io.wirestream.text.SportSlugs;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirestream.text.WordLists;

/**
 * The place and agency a lead paragraph opens with: {@code TOKYO, Jan 22 (Reuters) -},
 * {@code New Delhi [India], January 22 (ANI):}, {@code WASHINGTON (AP) —}.
 *
 * @param place  the place, title-cased when written in capitals ({@code "New Delhi"})
 * @param agency the known agency in the parentheses, or {@code null}
 */
record Dateline(String place, String agency) {

    private static final String PLACE = "(?<place>\\p{Lu}[\\p{L}.'’-]{0,30}(?:\\s\\p{Lu}[\\p{L}.'’-]{0,30}){0,3})";
    /** "[India]", "(Gujarat) [India]", ", Kenya", ", South Africa", ", Calif.": where the place is, up to three words. */
    private static final String REGION = "(?:\\s?\\(\\p{Lu}[\\p{L} .&-]{1,30}\\)(?=\\s?\\[))?(?:\\s?\\[[^\\]\\n]{1,40}\\])?"
            + "(?:,\\s?\\p{Lu}[\\p{L}.]{1,15}(?:\\s\\p{Lu}[\\p{L}.]{1,15}){0,2}(?=[\\s,(]))?";
    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DATE = "(?:,\\s?(?:\\p{L}{3,9}\\.?\\s\\d{1,2}|\\d{1,2}\\s\\p{L}{3,9}))?";
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "^" + PLACE + REGION + DATE + "\\s?\\((?<agency>[^)\\n]{1,40})\\)\\s?[-–—_:]?\\s");
    private static final Pattern CAPITALS_ONLY = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu}.'’-]{1,30}(?:\\s\\p{Lu}[\\p{Lu}.'’-]{0,30}){0,3})" + REGION + DATE
                    + "\\s?(?:[-–—_]{1,2}|:)\\s");
    /**
     * A dateline on a line of its own, before the lead: {@code LONDON 1996-08-30},
     * {@code AKRON , Ohio 1996-08-30}, {@code NEW YORK, Aug 30}.
     */
    private static final Pattern OWN_LINE = Pattern.compile("^" + PLACE
            + "(?:\\s?,\\s?\\p{Lu}[\\p{L}.]{1,15}(?:\\s\\p{Lu}[\\p{L}.]{1,15}){0,2})?\\s?,?\\s"
            + "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s" + MONTH + "\\.?(?:,?\\s\\d{4})?|" + MONTH
            + "\\.?\\s\\d{1,2}(?:,?\\s\\d{4})?)\\s?$");
    private static final Pattern WEEKDAY = Pattern.compile("(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*day\\b");
    /** Old AP copy marks the dateline with an underscore; Indian portals with a colon. */
    private static final Set<String> NOT_PLACES = WordLists.lowercaseSet(Dateline.class, "not-datelines.txt");

    /** Reads the dateline a paragraph opens with, or returns empty when it has none. */
    static Optional<Dateline> read(String paragraph, Agencies agencies) {
        String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
        Matcher m = WITH_AGENCY.matcher(head);
        if (m.find()) {
            String agency = agencies.find(m.group("agency"));
            if (agency != null) {
                return Optional.of(new Dateline(titleCase(m.group("place")), agency));
            }
        }
        m = CAPITALS_ONLY.matcher(head);
        if (m.find() && !NOT_PLACES.contains(m.group("place").toLowerCase(Locale.ROOT)) && !headlineSlug(m.group("place"), paragraph)) {
            return Optional.of(new Dateline(titleCase(m.group("place")), null));
        }
        m = OWN_LINE.matcher(head);
        if (m.matches() && !NOT_PLACES.contains(m.group("place").toLowerCase(Locale.ROOT))
                && !m.group("place").matches("(?s)" + MONTH + "\\b.*") && !WEEKDAY.matcher(m.group("place")).lookingAt()) {
            return Optional.of(new Dateline(titleCase(m.group("place")), null));
        }
        return Optional.empty();
    }

    /**
     * Whether "PLACE - " opens a capitals headline rather than a lead: the would-be place is a sport
     * ("SOCCER - DUTCH FIRST DIVISION RESULTS"), or the whole line is in capitals, which a lead in
     * prose never is ("CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES"). Taken as a dateline, the
     * story would lose its headline and be placed in the sport.
     */
    static boolean headlineSlug(String place, String paragraph) {
        if (SportSlugs.contains(place)) {
            return true;
        }
        return paragraph.length() <= 200 && paragraph.codePoints().noneMatch(Character::isLowerCase);
    }

    /** "NEW DELHI" becomes "New Delhi"; places already in mixed case are kept as written. */
    static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean start = true;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
