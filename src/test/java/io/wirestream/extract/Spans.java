package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.List;

/** One-line helpers for span-rule tests: a sentence from text, spans by their words, spans as "LABEL:text". */
final class Spans {

    private Spans() {
    }

    /** The body sentence of {@code text} that holds {@code offset}. */
    static Sentence sentence(String text, int offset) {
        return FieldText.of(Entity.Mention.Field.BODY, text).sentences().stream()
                .filter(s -> s.tokens().get(s.tokens().size() - 1).end() > offset).findFirst().orElseThrow();
    }

    static Sentence sentence(String text) {
        return sentence(text, 0);
    }

    /** The first sentence of {@code text} read as a headline. */
    static Sentence headline(String text) {
        return FieldText.of(Entity.Mention.Field.HEADLINE, text).sentences().get(0);
    }

    static EntitySpan span(Sentence s, String words, EntitySpan.Label label) {
        int at = s.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("'" + words + "' not in '" + s.text() + "'");
        }
        return new EntitySpan(at, at + words.length(), label);
    }

    static List<String> show(Sentence s, List<EntitySpan> spans) {
        return spans.stream().map(x -> x.label() + ":" + s.textOf(x)).toList();
    }

    static List<String> apply(SpanRule rule, Sentence s, EntitySpan... spans) {
        return show(s, rule.apply(List.of(spans), s));
    }
}
