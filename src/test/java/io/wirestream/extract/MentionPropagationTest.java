package io.wirestream.extract;

import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionPropagationTest {

    private static Found found(FieldText f, String words, Entity.Type type) {
        int at = f.text().indexOf(words);
        Sentence s = f.sentences().get(0);
        return new Found(f.field(), at, at + words.length(), words, type, s.tokensIn(at, at + words.length()), false);
    }

    private static List<String> added(String headline, String body, String name, Entity.Type type) {
        FieldText h = FieldText.of(Entity.Mention.Field.HEADLINE, headline);
        FieldText b = FieldText.of(Entity.Mention.Field.BODY, body);
        return MentionPropagation.find(List.of(h, b), List.of(found(b, name, type))).stream()
                .map(f -> f.field().label() + ":" + f.text() + ":" + f.type()).toList();
    }

    @Test
    void shouldFindTheNameAndTheSurnameAgainWhereTheEngineMissedThem() {
        assertEquals(List.of("headline:KISHIDA:PERSON", "body:Kishida:PERSON"),
                added("KISHIDA TO VISIT TOKYO", "Fumio Kishida spoke. Later Kishida left.", "Fumio Kishida",
                        Entity.Type.PERSON));
    }

    @Test
    void shouldNotFindANameInsideALongerCapitalisedNameOrInLowerCase() {
        assertEquals(List.of(), added("", "Acme Corp grew. Big Acme Corp Holdings fell; acme corp rose.", "Acme Corp",
                Entity.Type.ORGANISATION));
    }
}
