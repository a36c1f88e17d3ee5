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

    @Test
    void shouldNotFindANameInsideALongerMiscNameOfACapitalsSentence() {
        FieldText h = FieldText.of(Entity.Mention.Field.HEADLINE, "TENNIS - RESULTS AT U.S. OPEN .");
        FieldText b = FieldText.of(Entity.Mention.Field.BODY, "Results from the U.S. Open on Friday .");
        List<Found> found = List.of(found(b, "U.S.", Entity.Type.PLACE));
        int at = h.text().indexOf("U.S. OPEN");
        Intervals misc = new Intervals();
        misc.add(at, at + "U.S. OPEN".length());
        assertEquals(List.of(), MentionPropagation.find(List.of(h, b), found,
                java.util.Map.of(Entity.Mention.Field.HEADLINE, misc)));
        assertEquals(1, MentionPropagation.find(List.of(h, b), found).size(), "without the MISC span it is found");
    }

    @Test
    void shouldNotCopyAPersonTheEngineNamedByOneWordInRunningText() {
        assertEquals(List.of(), added("", "Aisby is a village. Aisby can be spelt Azeby.", "Aisby", Entity.Type.PERSON));
        // The surname of a full name is still found again.
        assertEquals(List.of("body:Such:PERSON"),
                added("", "Peter Such took three wickets. Such bowled well.", "Peter Such", Entity.Type.PERSON));
    }
}
