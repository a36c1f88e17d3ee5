package io.wirestream.extract;

import java.util.ArrayList;
import java.util.List;

/** A name in the alias table takes the table's type ("Kiev" is a place whatever the model said). */
final class AliasTypeRule implements SpanRule {

    @Override
    public String name() {
        return "alias-types";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            EntityMerger.Alias alias = span.label() == EntitySpan.Label.MISC ? null : EntityMerger.alias(s.textOf(span));
            out.add(alias == null ? span : new EntitySpan(span.start(), span.end(), Labels.of(alias.type())));
        }
        return out;
    }
}
