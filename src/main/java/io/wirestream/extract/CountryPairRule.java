package io.wirestream.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Russia-Ukraine talks": a hyphenated word of two country names, which the engine reads whole
 * (as CoNLL tokenises it) and calls MISC or nothing, names two places.
 */
final class CountryPairRule implements SpanRule {

    @Override
    public String name() {
        return "country-pairs";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = null;
        for (Token t : s.tokens()) {
            int dash = t.word().indexOf('-');
            if (dash <= 0 || dash != t.word().lastIndexOf('-') || dash == t.word().length() - 1
                    || !CountryRule.isCountry(t.word().substring(0, dash))
                    || !CountryRule.isCountry(t.word().substring(dash + 1))
                    || spans.stream().anyMatch(x -> x.label() != EntitySpan.Label.MISC && overlaps(x, t))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            out.removeIf(x -> overlaps(x, t));
            out.add(new EntitySpan(t.start(), t.start() + dash, EntitySpan.Label.PLACE));
            out.add(new EntitySpan(t.start() + dash + 1, t.end(), EntitySpan.Label.PLACE));
        }
        if (out == null) {
            return spans;
        }
        out.sort(Comparator.comparingInt(EntitySpan::start));
        return out;
    }

    private static boolean overlaps(EntitySpan span, Token t) {
        return span.start() < t.end() && t.start() < span.end();
    }
}
