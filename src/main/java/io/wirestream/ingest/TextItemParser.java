package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import io.wirestream.model.FeedItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw scraped page text: headline before the byline, byline with agency and time,
 * dateline from the lead, the body after the byline, and the "Tags:" line as raw tags.
 */
final class TextItemParser {

    /** Paragraphs searched for the byline and the dateline's paragraph: a portal's menus come before both. */
    private static final int HEADER_SEARCH = 80;
    /** Lines of at most this many words, three or more in a row, are a menu. */
    private static final int MENU_ENTRY_WORDS = 4;
    private static final int MENU_RUN = 3;
    private static final Pattern MENU_ENTRY_EXCLUDES = Pattern.compile("[\\d,()\\[\\]:;]");
    /** Body paragraphs (not counting chrome) whose opening may be the dateline. */
    private static final int DATELINE_SEARCH = 4;
    private static final int LONG_PARAGRAPH_WORDS = 30;
    private static final Pattern TAGS = Pattern.compile("^(?:tags|tagged|topics|related topics?)\\s*(?::\\s*(.*)|\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A tag on a line of its own: a few words, no sentence. */
    private static final int TAG_WORDS = 5;
    private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*[,;|]\\s*");
    private static final Pattern TIME_LABEL = Pattern.compile(
            "^(?:(?:last\\s+|first\\s+)?(updated|published|posted|modified)|date)\\b\\s*(?:on|at)?\\s*:?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Agencies agencies;

    TextItemParser(Agencies agencies) {
        this.agencies = agencies;
    }

    FeedItem parse(String key, String text) {
        List<String> paragraphs = Paragraphs.split(text);
        if (paragraphs.isEmpty()) {
            throw new FeedParseException("empty input");
        }
        // The header runs until the story starts: a portal's menus may fill dozens of lines before it. The byline
        // is the first one with more than a name ("By ANI | Updated: ..."), else the last bare name before the
        // story ("The Associated Press"): a masthead or a menu link may also be an agency's bare name.
        int bylineAt = -1;
        Byline byline = null;
        int bareAt = -1;
        Byline bare = null;
        int sentences = 0;
        for (int i = 0; i < Math.min(paragraphs.size(), HEADER_SEARCH) && byline == null && sentences < 2; i++) {
            String p = paragraphs.get(i);
            Optional<Byline> b = Byline.read(p, agencies);
            // A bare name after story text is the agency's signature at the end ("UPI", "Reuter"), not a byline.
            if (b.isPresent() && !b.get().bare()) {
                bylineAt = i;
                byline = b.get();
            } else if (b.isPresent() && sentences == 0) {
                bareAt = i;
                bare = b.get();
            } else if (words(p) >= LONG_PARAGRAPH_WORDS || Dateline.read(p, agencies).isPresent()) {
                break; // the story has started; a "By ..." later on is prose
            }
            // Two sentences and the story has started: a byline after them is a related story's.
            sentences += words(p) >= 8 && endsSentence(p) ? 1 : 0;
        }
        if (byline == null) {
            bylineAt = bareAt;
            byline = bare;
        }
        // The headline comes before the story: never past the paragraph that opens with the dateline.
        int storyAt = storyStart(paragraphs);
        boolean[] menu = menuLines(paragraphs);
        int headlineAt = bylineAt >= 0 ? headlineAbove(paragraphs, menu, bylineAt) : -1;
        if (headlineAt < 0) {
            headlineAt = findHeadline(paragraphs, menu, Math.min(bylineAt >= 0 ? bylineAt : paragraphs.size(), storyAt),
                    firstLong(paragraphs));
        }
        if (headlineAt < 0 && bylineAt >= 0) {
            headlineAt = headlineBelow(paragraphs, bylineAt + 1, storyAt);
        }
        if (headlineAt < 0 && paragraphs.stream().noneMatch(p -> words(p) >= 3)) {
            throw new FeedParseException("no headline and no story text found");
        }
        // Wire copy often has no headline line: the story opens with its dateline.
        String headline = headlineAt < 0 ? "" : paragraphs.get(headlineAt);

        WireTime published = byline == null ? null : byline.published();
        WireTime updated = byline == null ? null : byline.updated();
        List<String> body = new ArrayList<>();
        List<String> rawTags = new ArrayList<>();
        int bodyFrom = Math.max(headlineAt, bylineAt) + 1;
        // lines between the headline and the byline: time lines are metadata, a long sentence is a standfirst
        for (int i = headlineAt + 1; i < bylineAt; i++) {
            String p = paragraphs.get(i);
            TimeLine t = timeLine(p);
            if (t != null) {
                published = t.updated || published != null ? published : t.time;
                updated = t.updated && updated == null ? t.time : updated;
            } else if (words(p) >= 8 && endsSentence(p) || Dateline.read(p, agencies).isPresent()) {
                body.add(p);
            }
        }
        // time lines right after the byline or headline (and before the headline) are metadata too
        for (int i = 0; i < headlineAt; i++) {
            TimeLine t = timeLine(paragraphs.get(i));
            if (t != null && !t.updated && published == null) {
                published = t.time;
            } else if (t != null && t.updated && updated == null) {
                updated = t.time;
            }
        }
        // time lines just after the byline, among chrome like "3 min read", are metadata
        Set<Integer> metadata = new HashSet<>();
        for (int i = bodyFrom; i < Math.min(paragraphs.size(), bodyFrom + 4); i++) {
            String p = paragraphs.get(i);
            TimeLine t = timeLine(p);
            if (t == null && !PageChrome.isChrome(p)) {
                break;
            }
            if (t != null) {
                metadata.add(i);
                if (t.updated && updated == null) {
                    updated = t.time;
                } else if (!t.updated && published == null) {
                    published = t.time;
                }
            }
        }
        for (int i = bodyFrom; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Matcher tags = TAGS.matcher(p);
            if (tags.matches() && (tags.group(1) == null || tags.group(1).isBlank())) {
                // "Tags" on a line of its own, one tag a line after it, as many portals print them.
                while (i + 1 < paragraphs.size() && isTagLine(paragraphs.get(i + 1))) {
                    rawTags.addAll(splitTags(paragraphs.get(++i)));
                }
            } else if (tags.matches()) {
                rawTags.addAll(splitTags(tags.group(1)));
            } else if (!metadata.contains(i)) {
                body.add(p);
            }
        }

        // The dateline opens the story's first paragraph, which a standfirst, a portal's summary, a caption or a
        // "4 min read" may precede.
        Dateline dateline = null;
        int leads = 0;
        for (int i = 0; i < body.size() && leads < DATELINE_SEARCH && dateline == null; i++) {
            String p = body.get(i);
            if (!PageChrome.isChrome(p)) {
                leads++;
                dateline = Dateline.read(p, agencies).orElse(null);
            }
        }
        String agency = byline != null && byline.agency() != null ? byline.agency()
                : dateline != null && dateline.agency() != null ? dateline.agency()
                : byline != null ? byline.source() : null;
        String zone = updated != null && updated.zone() != null ? updated.zone()
                : published != null ? published.zone() : null;
        String id = key != null && !key.isBlank() ? key : ItemIds.derive(headline, body);
        return new FeedItem(id, agency, headline, byline == null ? null : byline.name(),
                dateline == null ? null : dateline.place(), body, null,
                published == null ? null : published.instant(), updated == null ? null : updated.instant(),
                zone, rawTags, Map.of(), FeedItem.SourceFormat.TEXT);
    }

    private static boolean isTagLine(String p) {
        return words(p) <= TAG_WORDS && !endsSentence(p) && !PageChrome.isChrome(p) && !TAGS.matcher(p).matches();
    }

    /** Splits a tag line on commas, semicolons or pipes; a run-together line stays one entry. */
    static List<String> splitTags(String line) {
        List<String> tags = new ArrayList<>();
        for (String tag : TAG_SEPARATOR.split(line.strip())) {
            if (!tag.isBlank()) {
                tags.add(tag.strip());
            }
        }
        return tags;
    }

    /** The first paragraph that opens with a dateline, or the paragraph count when none does. */
    private int storyStart(List<String> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), HEADER_SEARCH); i++) {
            if (Dateline.read(paragraphs.get(i), agencies).isPresent()) {
                return i;
            }
        }
        return paragraphs.size();
    }

    /**
     * The headline nearest above the byline: what stands between them is a standfirst, a caption, a time or
     * page chrome, and what stands above the headline may be a portal's whole menu. {@code -1} when no line
     * above reads as one.
     */
    private int headlineAbove(List<String> paragraphs, boolean[] menu, int bylineAt) {
        for (int i = bylineAt - 1; i >= 0; i--) {
            if (headlineLike(paragraphs, menu, i)) {
                // Two such lines in a row: the shorter one above is the headline, the longer below its deck.
                boolean deck = i > 0 && headlineLike(paragraphs, menu, i - 1) && words(paragraphs.get(i - 1)) >= 5
                        && words(paragraphs.get(i)) > words(paragraphs.get(i - 1));
                return deck ? i - 1 : i;
            }
        }
        return -1;
    }

    private boolean headlineLike(List<String> paragraphs, boolean[] menu, int i) {
        String p = paragraphs.get(i);
        return isHeadline(p, true) && !sentenceLike(p) && !menu[i];
    }

    /**
     * The headline among the first {@code to} paragraphs: first a line that reads as one outside any menu, then
     * any line that is no sentence, within the header (before the first long paragraph, {@code header}); only
     * then, as wire copy without a headline line has it, a sentence.
     */
    private int findHeadline(List<String> paragraphs, boolean[] menu, int to, int header) {
        for (int pass = 0; pass < 5; pass++) {
            int end = pass < 3 ? Math.min(to, header) : to;
            for (int i = 0; i < end; i++) {
                String p = paragraphs.get(i);
                boolean sentence = sentenceLike(p);
                boolean found = switch (pass) {
                    case 0 -> isHeadline(p, true) && !sentence && !menu[i];
                    case 1 -> isHeadline(p, true) && !sentence;
                    case 2 -> isHeadline(p, false) && !sentence;
                    case 3 -> isHeadline(p, true);
                    default -> isHeadline(p, false);
                };
                if (found) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A byline first: the headline is the first line after it that reads as one, before the story. */
    private int headlineBelow(List<String> paragraphs, int from, int to) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = from; i < to; i++) {
                if (isHeadline(paragraphs.get(i), pass == 0)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The first paragraph long enough to be story text, or the paragraph count. */
    private static int firstLong(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (words(paragraphs.get(i)) >= LONG_PARAGRAPH_WORDS) {
                return i;
            }
        }
        return paragraphs.size();
    }

    /**
     * Which paragraphs are a menu's entries ("Skip to main content", "Times of India"): short lines among short
     * lines, never a headline. One pass, so each line is judged once.
     */
    private boolean[] menuLines(List<String> paragraphs) {
        int n = paragraphs.size();
        boolean[] menu = new boolean[n];
        int runStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && isMenuEntry(paragraphs.get(i))) {
                continue;
            }
            if (i - runStart >= MENU_RUN) {
                java.util.Arrays.fill(menu, runStart, i, true);
            }
            runStart = i + 1;
        }
        return menu;
    }

    /** A few words, no sentence, no date, time, score or aside: "Sign in", "Business & Economy". */
    private boolean isMenuEntry(String p) {
        return words(p) <= MENU_ENTRY_WORDS && !endsSentence(p) && !MENU_ENTRY_EXCLUDES.matcher(p).find()
                && Byline.read(p, agencies).isEmpty();
    }

    /** Written in capitals, as wire headlines are, even where one ends with a full stop. */
    private static boolean capitals(String p) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters > 0 && upper * 10 >= letters * 9;
    }

    /**
     * Story text or a caption, not a headline: eight words or more ending with a full stop or a caption's closing
     * bracket. A question or a quote may be a headline; so may capitals ending " ." (CoNLL-style copy).
     */
    private static boolean sentenceLike(String p) {
        return words(p) >= 8 && (p.endsWith(".") || p.endsWith(")")) && !capitals(p);
    }

    private boolean isHeadline(String p, boolean strict) {
        if (p.length() > 400 || PageChrome.isChrome(p) || timeLine(p) != null
                || Byline.read(p, agencies).isPresent() || TAGS.matcher(p).matches()) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            if (Character.isLetter(p.charAt(i))) {
                letters++;
            }
        }
        return strict ? words(p) >= 3 && letters >= 12 : letters >= 2;
    }

    /**
     * A short line that is only a date ("Saturday, January 22, 2022") or a labelled time ("Updated: ...");
     * not a dateline on its own line ("LONDON 1996-08-30"), whose place names where the story is.
     */
    private TimeLine timeLine(String p) {
        if (p.length() > 120 || Dateline.read(p, agencies).isPresent()) {
            return null;
        }
        Matcher label = TIME_LABEL.matcher(p);
        boolean labelled = label.find();
        String rest = labelled ? p.substring(label.end()) : p;
        Optional<WireTime> time = WireTimes.find(rest);
        if (time.isEmpty()) {
            return null;
        }
        if (!labelled && (words(p) > 12 || endsSentence(p))) {
            return null; // a sentence that mentions a date is story text
        }
        boolean updated = labelled && label.group(1) != null
                && (label.group(1).equalsIgnoreCase("updated") || label.group(1).equalsIgnoreCase("modified"));
        return new TimeLine(time.get(), updated);
    }

    private static boolean endsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return ".!?\"”".indexOf(last) >= 0;
    }

    private static int words(String p) {
        String s = p.strip();
        return s.isEmpty() ? 0 : SPACE.split(s).length;
    }

    private record TimeLine(WireTime time, boolean updated) {
    }
}
