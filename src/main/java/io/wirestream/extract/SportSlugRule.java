package io.wirestream.extract;

import io.wirestream.text.SportSlugs;

import java.util.List;

/**
 * Drops a span on the sport slug a sentence opens with ("GOLF - LEADING SCORES AT ...",
 * "CRICKET - ENGLISH COUNTY ..."): the caseless engine reads a capitals word before a dash as a
 * dateline's place, but the slug names the desk.
 */
final class SportSlugRule implements SpanRule {

    @Override
    public String name() {
        return "sport-slugs";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        int dash = slugEnd(s);
        if (dash < 0) {
            return spans;
        }
        int end = s.tokens().get(dash - 1).end();
        return spans.stream().filter(span -> span.start() >= end).toList();
    }

    /** Index of the dash after a leading sport slug, or -1 when the sentence opens with none. */
    private static int slugEnd(Sentence s) {
        List<Token> tokens = s.tokens();
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < Math.min(tokens.size(), 4); i++) {
            String w = tokens.get(i).word();
            if (isDash(w)) {
                return i > 0 && SportSlugs.contains(words.toString()) ? i : -1;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(w);
        }
        return -1;
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—");
    }
}
