package io.wirestream.extract;

import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.model.Entity.Type.ORGANISATION;
import static io.wirestream.model.Entity.Type.PERSON;
import static io.wirestream.model.Entity.Type.PLACE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TypeVoteTest {

    private static Found mention(Entity.Type type, double confidence) {
        return mention(type, confidence, false);
    }

    private static Found mention(Entity.Type type, double confidence, boolean listLine) {
        List<Token> tokens = List.of(new Token("Bexholm", 0, 7));
        return new Found(Entity.Mention.Field.BODY, 0, 7, "Bexholm", type, tokens, false, listLine, confidence);
    }

    @Test
    void shouldGiveTheTypeTheEngineIsSurestOfInSum() {
        // Two persons the engine barely believed against one place it was sure of.
        assertEquals(PLACE, TypeVote.winner(List.of(mention(PERSON, 0.33), mention(PERSON, 0.41),
                mention(PLACE, 0.95)), false));
        assertEquals(ORGANISATION, TypeVote.winner(List.of(mention(ORGANISATION, 0.9), mention(ORGANISATION, 0.8),
                mention(PLACE, 0.95)), false));
    }

    @Test
    void shouldNotActOnATieInMentionsHoweverSureOneSide() {
        assertNull(TypeVote.winner(List.of(mention(ORGANISATION, 0.74), mention(PLACE, 1.0)), false));
    }

    @Test
    void shouldNeverMakeAOneWordNameAPerson() {
        List<Found> mostlyPerson = List.of(mention(PERSON, 0.8), mention(PERSON, 0.7), mention(ORGANISATION, 0.8));
        assertNull(TypeVote.winner(mostlyPerson, true));
        assertEquals(PERSON, TypeVote.winner(mostlyPerson, false));
        assertEquals(PLACE, TypeVote.winner(List.of(mention(PLACE, 0.8), mention(PLACE, 0.7), mention(PERSON, 0.8)), true));
    }

    @Test
    void shouldLetNoDatelineOrTableRowVote() {
        assertNull(TypeVote.winner(List.of(mention(PLACE, 0.9), mention(ORGANISATION, 0.9),
                mention(PLACE, 1.0, true)), false));
    }
}
