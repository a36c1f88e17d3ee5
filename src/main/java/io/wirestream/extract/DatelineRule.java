package io.wirestream.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirestream.text.SportSlugs;

/**
 * Types the place of a wire dateline as a place: "TAIPEI (UPI) --", "MOSCOW, Oct 5 (Reuter) -", "New Delhi
 * [India], January 22 (ANI):", "NEW YORK -". The engine reads a capitals city at a sentence's start as an
 * organisation often enough ("TAIPEI" in a UPI lead), and a dateline names where the story is, nothing else.
 *
 * <p>Only at the start of a paragraph, on one to four capitalised words, then either the agency's credit in
 * brackets (with a qualifier or date before it, or a dash or colon after it), or, for a place in capitals, a dash
 * and a lead in prose (not a sport slug, not a headline in capitals).
 */
final class DatelineRule implements SpanRule {

    private static final int MAX_PLACE_WORDS = 4;
    private static final Pattern PLACE_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");
    /** After the place: "[India]", ", Kenya", ", Oct 5" (before a credit). */
    private static final Pattern QUALIFIER = Pattern.compile("\\G(?:\\s?\\[[^\\]\\n]{1,40}\\])?(?:,[^()\\n]{1,40}?)?\\s?(?=\\()");
    private static final Pattern AFTER_CREDIT = Pattern.compile("\\G\\s?(?:[-–—_:]|--)");
    private static final Pattern CAPITALS_DASH = Pattern.compile("\\G(?:,[^\\n]{1,30}?)?\\s?(?:--|[-–—_])\\s");

    @Override
    public String name() {
        return "datelines";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<Token> tokens = s.tokens();
        int from = tokens.get(0).start();
        if (from > 0 && s.text().charAt(from - 1) != '\n') {
            return spans; // a dateline opens its paragraph
        }
        int words = 0;
        while (words < Math.min(MAX_PLACE_WORDS, tokens.size()) && PLACE_WORD.matcher(tokens.get(words).word()).matches()
                && (words == 0 || tokens.get(words).start() == tokens.get(words - 1).end() + 1)) {
            words++;
        }
        if (words == 0 || words == tokens.size()) {
            return spans;
        }
        int to = tokens.get(words - 1).end();
        if (!isDateline(s, from, to)) {
            return spans;
        }
        List<EntitySpan> out = new ArrayList<>(spans.size() + 1);
        for (EntitySpan span : spans) {
            if (span.end() <= from || span.start() >= to) {
                out.add(span);
            }
        }
        out.add(new EntitySpan(from, to, EntitySpan.Label.PLACE));
        out.sort(Comparator.comparingInt(EntitySpan::start));
        return out;
    }

    private static boolean isDateline(Sentence s, int from, int to) {
        String text = s.text();
        Matcher q = QUALIFIER.matcher(text);
        if (q.find(to) && q.start() == to) {
            int open = q.end();
            int close = text.indexOf(')', open);
            if (close > 0 && s.credits().overlaps(open, close + 1)) {
                boolean qualified = q.end() - to > 1;
                Matcher after = AFTER_CREDIT.matcher(text);
                return qualified || after.find(close + 1) && after.start() == close + 1;
            }
        }
        // "PLACE - " without a credit: a lead in prose, never a sport slug or a headline in capitals
        // ("CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES", "JAPAN - TOKYO STOCKS CLOSE HIGHER").
        String place = text.substring(from, to);
        Matcher dash = CAPITALS_DASH.matcher(text);
        String sentence = text.substring(from, s.tokens().get(s.tokens().size() - 1).end());
        return place.equals(place.toUpperCase(Locale.ROOT)) && place.chars().anyMatch(Character::isLetter)
                && !SportSlugs.contains(place) && sentence.chars().anyMatch(Character::isLowerCase)
                && dash.find(to) && dash.start() == to;
    }
}
