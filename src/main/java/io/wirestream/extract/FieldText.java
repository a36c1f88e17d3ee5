package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.ArrayList;
import java.util.List;

/** One field of an article, segmented once into sentences with their casing and the field's credits. */
record FieldText(Entity.Mention.Field field, String text, List<Sentence> sentences) {

    static FieldText of(Entity.Mention.Field field, String text) {
        String t = text == null ? "" : text;
        Intervals credits = CreditFilter.credits(t);
        List<Sentence> sentences = new ArrayList<>();
        for (List<Token> tokens : TextSegmenter.sentences(t)) {
            boolean odd = field == Entity.Mention.Field.HEADLINE ? CasingCheck.isOddHeadline(tokens)
                    : CasingCheck.isOdd(tokens);
            sentences.add(new Sentence(t, tokens, odd, credits));
        }
        return new FieldText(field, t, List.copyOf(sentences));
    }
}
