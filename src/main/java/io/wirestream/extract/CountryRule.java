package io.wirestream.extract;

import io.wirestream.geo.Country;
import io.wirestream.geo.Gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A country's name alone is the place ("central Philippines"), whatever organisation the model guessed. */
final class CountryRule implements SpanRule {

    private static final Set<String> COUNTRIES = load();

    @Override
    public String name() {
        return "countries";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            String text = s.textOf(span);
            boolean country = span.label() == EntitySpan.Label.ORGANISATION && EntityMerger.alias(text) == null
                    && COUNTRIES.contains(text.toLowerCase(Locale.ROOT));
            out.add(country ? new EntitySpan(span.start(), span.end(), EntitySpan.Label.PLACE) : span);
        }
        return out;
    }

    /** Whether {@code name} is a country's name or alias, in any case. */
    static boolean isCountry(String name) {
        return COUNTRIES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        for (Country c : Gazetteer.standard().countries()) {
            names.add(c.name().toLowerCase(Locale.ROOT));
            c.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        }
        return Set.copyOf(names);
    }
}
