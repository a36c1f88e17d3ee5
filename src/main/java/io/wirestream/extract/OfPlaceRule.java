package io.wirestream.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "Election Commission" + "of" + "Pakistan": an organisation named after a place or another
 * organisation is one organisation, as newswire annotation has it.
 */
final class OfPlaceRule implements SpanRule {

    @Override
    public String name() {
        return "of-place";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).label() == EntitySpan.Label.ORGANISATION
                    && (span.label() == EntitySpan.Label.PLACE || span.label() == EntitySpan.Label.ORGANISATION)) {
                String between = s.text().substring(out.get(last).end(), span.start());
                if (between.equals(" of ") || between.equals(" of the ")) {
                    out.set(last, new EntitySpan(out.get(last).start(), span.end(), EntitySpan.Label.ORGANISATION));
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }
}
