package io.wirestream.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "NATO-Russia Council": spans joined by a hyphen with no space, the last an organisation,
 * are one organisation; "Russia-Ukraine" (two places) stays two.
 */
final class HyphenJoinRule implements SpanRule {

    @Override
    public String name() {
        return "hyphen-join";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && span.label() == EntitySpan.Label.ORGANISATION
                    && out.get(last).label() != EntitySpan.Label.PERSON
                    && out.get(last).end() + 1 == span.start() && isHyphen(s.text().charAt(out.get(last).end()))) {
                out.set(last, new EntitySpan(out.get(last).start(), span.end(), EntitySpan.Label.ORGANISATION));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
