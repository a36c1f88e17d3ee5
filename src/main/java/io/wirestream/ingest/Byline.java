package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line ({@code By ANI | Updated: January 22, 2022 16:35 IST}, {@code By Reuters Staff},
 * {@code Written by X}, {@code Posted by X on ...}, {@code Jane Doe | Published on ...}) split into who wrote
 * it and when.
 *
 * @param text      the line as published
 * @param name      who it names, the byline proper ({@code "ANI"}, {@code "Reuters Staff"})
 * @param agency    the known agency it names, or {@code null}
 * @param published the publication time it gives, or {@code null}
 * @param updated   the update time it gives, or {@code null}
 */
record Byline(String text, String name, String agency, WireTime published, WireTime updated) {

    private static final Pattern LINE = Pattern.compile(
            "^(?:(?:written|posted|reported|edited|compiled)\\s+)?by\\s*:?\\s+(?<name>[^|\\n]{1,120}?)"
                    + "(?:\\s*(?:[|,•·]|\\s-\\s|\\bon\\b)\\s*(?<stamp>.{0,200}))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Reuters | Published: ...", or with a field between ("News Desk | Geneva | Updated: ..."). */
    private static final Pattern AGENCY_FIRST = Pattern.compile(
            "^(?<name>[\\p{L}][\\p{L} .&-]{0,40}?)\\s*(?:[|•·]|\\s/)\\s*"
                    + "(?:(?!(?:first\\s+|last\\s+)?(?:published|updated|posted|created)\\b)(?<middle>[^|•·\\n]{1,40}?)\\s*[|•·]\\s*)?"
                    + "(?<stamp>(?:first\\s+|last\\s+)?(?:published|updated|posted|created)\\b.{0,200})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Reuters • November 26, 2026, 14:22:10 IST": an agency and a time without a label. */
    private static final Pattern AGENCY_TIME = Pattern.compile(
            "^(?<name>[\\p{L}][\\p{L} .&-]{0,40}?)\\s*(?:[|•·]|\\s/)\\s*(?<stamp>[^|•·\\n]{6,80})$");
    /**
     * A newsroom's own credit on a line of its own: "Outlook Web Desk", "Express News Service", "HT Correspondent",
     * "Our Bureau", "Agencies". It names the desk that posted the copy, not an agency or a person.
     */
    private static final Pattern DESK = Pattern.compile("(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){1,4}"
            + "(?:Desk|Bureau|Correspondents?|News\\s+Service|News\\s+Network|Staff(?:\\s+Reporter|\\s+Writer)?"
            + "|Web\\s+Team|Newsroom)|Agencies");
    /** One to three capitalised words after an agency's name: the bureau it filed from ("PTI New Delhi"). */
    private static final Pattern BUREAU = Pattern.compile("(?:in\\s)?\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+){0,2}");
    /** The role a writer's title ends with: "AP Business Writer", "Associated Press Correspondent". */
    private static final Pattern ROLE = Pattern.compile("(?:Writer|Correspondent|Reporter|Editor|Columnist|Photographer)s?");
    /** One to four capitalised words: a person's name before a pipe, where no agency is named. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}");
    private static final Pattern STAMP_SEPARATOR = Pattern.compile("\\s[|•·]\\s");
    private static final Pattern UPDATED = Pattern.compile(
            "\\b(?:last\\s+)?updated\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");

    /** Reads a line as a byline, or returns empty when it is not one. */
    static Optional<Byline> read(String line, Agencies agencies) {
        if (line.length() > 300) {
            return Optional.empty();
        }
        String stripped = line.strip();
        String name;
        String stamp;
        String middleAgency = null;
        Matcher m = LINE.matcher(stripped);
        Matcher a = AGENCY_FIRST.matcher(stripped);
        Matcher t = AGENCY_TIME.matcher(stripped);
        if (m.matches()) {
            name = m.group("name").strip();
            stamp = m.group("stamp");
        } else if (a.matches() && a.group("middle") != null && agencies.canonical(a.group("middle")) != null) {
            // "Jane Doe | Reuters | Updated: ...", "India News | Press Trust of India | Updated: ...": the agency is
            // the middle one; the first is the writer (or a section, which cannot be told from a name).
            name = a.group("name").strip();
            stamp = a.group("stamp");
            middleAgency = agencies.canonical(a.group("middle"));
        } else if (a.matches() && (agencies.canonical(a.group("name")) != null || DESK.matcher(a.group("name").strip()).matches()
                || PERSON.matcher(a.group("name").strip()).matches() && WireTimes.find(a.group("stamp")).isPresent())) {
            name = a.group("name").strip(); // "Reuters | Published: 13 April 2023 10:12 GMT", "PTI / Updated: ..."
            stamp = a.group("stamp");
        } else if (t.matches() && agencies.canonical(t.group("name")) != null && WireTimes.find(t.group("stamp")).isPresent()) {
            name = t.group("name").strip();
            stamp = t.group("stamp");
        } else if (stripped.length() <= 60 && (agencies.canonical(stripped) != null || DESK.matcher(stripped).matches())) {
            name = stripped; // "PTI", "Press Trust of India", "Outlook Web Desk": a byline line without a time
            stamp = null;
        } else if (stripped.length() <= 60 && agencyThenPlace(stripped, agencies)) {
            name = stripped; // "Press Trust of India Mumbai", "PTI New Delhi": the agency and its bureau
            stamp = null;
        } else {
            return Optional.empty();
        }
        if (m.matches() && stamp != null && WireTimes.find(stamp).isEmpty() && !stamp.isBlank()) {
            // "By John Smith, Reuters": the part after the comma is more name, not a time
            name = (name + ", " + stamp.strip()).strip();
            stamp = null;
        }
        if (name.split("\\s+").length > 10 || endsLikeSentence(name)) {
            return Optional.empty();
        }
        String agency = middleAgency != null ? middleAgency : agencies.find(name);
        String[] writer = writerAndAgency(name, agencies);
        if (writer != null) {
            name = writer[0]; // the writer, without the agency's title for them
            agency = writer[1];
        }
        if (agency == null && stamp != null) {
            agency = agencies.find(stamp);
        }
        WireTime published = null;
        WireTime updated = null;
        if (stamp != null) {
            for (String part : STAMP_SEPARATOR.split(stamp)) {
                WireTime time = WireTimes.find(part).orElse(null);
                if (time != null && UPDATED.matcher(part).find()) {
                    updated = updated == null ? time : updated;
                } else if (time != null) {
                    published = published == null ? time : published;
                }
            }
        }
        return Optional.of(new Byline(stripped, name, agency, published, updated));
    }

    /**
     * The writer and the agency of "MAE ANDERSON, AP Business Writer", "JOHN SMITH, Associated Press Writer",
     * "LISA MASCARO AP Congressional Correspondent": a name, an agency (one to three words), up to three more
     * capitalised words and a role; {@code null} when the line is not so.
     */
    private static String[] writerAndAgency(String name, Agencies agencies) {
        String[] words = name.split("\\s+");
        if (words.length < 3 || !ROLE.matcher(words[words.length - 1]).matches()) {
            return null;
        }
        for (int i = 1; i < words.length - 1; i++) {
            for (int n = 1; n <= 3 && i + n < words.length; n++) {
                String candidate = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                String agency = agencies.canonical(candidate.replaceAll("^,|,$", ""));
                int between = words.length - 1 - (i + n);
                if (agency != null && between <= 3) {
                    String writer = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)).replaceAll(",$", "");
                    return writer.isBlank() ? null : new String[] {writer.strip(), agency};
                }
            }
        }
        return null;
    }

    /** An agency's name, then one to three capitalised words and nothing else: the bureau it filed from. */
    private static boolean agencyThenPlace(String line, Agencies agencies) {
        String agency = agencies.find(line);
        if (agency == null) {
            return false;
        }
        for (String alias : agencies.names()) {
            if (agency.equals(agencies.canonical(alias)) && line.startsWith(alias + " ")) {
                return BUREAU.matcher(line.substring(alias.length() + 1)).matches();
            }
        }
        return false;
    }

    private static boolean endsLikeSentence(String name) {
        if (!SENTENCE_END.matcher(name).find()) {
            return false;
        }
        String[] words = name.split("\\s+");
        return words[words.length - 1].length() > 2;
    }

    /**
     * Who a byline given as metadata (an envelope's {@code byline}, a page's author) credits: {@code "By PTI"}
     * gives {@code "PTI"}; a bare name, or anything that does not read as a byline, is kept as given.
     */
    static String credit(String given, Agencies agencies) {
        if (given == null || given.isBlank()) {
            return given;
        }
        return read(given, agencies).map(Byline::name).orElse(given.strip());
    }

    /** Whether the line is a name and nothing else ("PTI", "Our Bureau"): no "By", no time. */
    boolean bare() {
        return text.equals(name) && published == null && updated == null;
    }

    /** Whether it credits a newsroom's desk ("Outlook Web Desk", "Our Bureau") rather than a writer or an agency. */
    boolean desk() {
        return agency == null && DESK.matcher(name).matches();
    }

    /**
     * The agency when the byline names one, else its name where that reads as an agency's, an acronym ("WAM",
     * "QNA"), else {@code null}: a person ("DEREK GATOPOULOS", "Jane Doe") is no agency.
     */
    String source() {
        return agency != null ? agency : !desk() && AGENCY_LIKE.matcher(name).matches() ? name : null;
    }

    private static final Pattern AGENCY_LIKE = Pattern.compile("\\p{Lu}{2,6}");
}
