package io.wirestream.extract;

import io.wirestream.geo.Country;
import io.wirestream.geo.Gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Drops a "place" that is a demonym ("Japanese"): a nationality, MISC in CoNLL terms, not a place. */
final class DemonymRule implements SpanRule {

    private static final Set<String> DEMONYMS = load();

    @Override
    public String name() {
        return "demonyms";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        return spans.stream().filter(span -> span.label() != EntitySpan.Label.PLACE
                || !DEMONYMS.contains(s.textOf(span).toLowerCase(Locale.ROOT))).toList();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>();
        for (Country c : Gazetteer.standard().countries()) {
            c.demonyms().forEach(d -> set.add(d.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(set);
    }
}
