package io.wirestream.extract;

import java.util.List;

/** Drops spans inside an agency credit ("(ANI/Sputnik)"): the agency is the source, not the story. */
final class CreditRule implements SpanRule {

    @Override
    public String name() {
        return "credits";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        return spans.stream().filter(span -> !s.credits().overlaps(span.start(), span.end())).toList();
    }
}
