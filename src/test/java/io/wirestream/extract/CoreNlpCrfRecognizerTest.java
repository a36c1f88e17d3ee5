package io.wirestream.extract;

import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreNlpCrfRecognizerTest {

    private final EntityRecognizer engine = EntityRecognizers.named(EntityRecognizers.CORENLP_CRF);

    private List<EntitySpan> recognize(String text) {
        Sentence s = FieldText.of(Entity.Mention.Field.BODY, text).sentences().get(0);
        return engine.recognize(s.tokens());
    }

    @Test
    void shouldGiveEachSpanTheEnginesConfidenceAndTheSameEveryTime() {
        List<EntitySpan> spans = recognize("Angela Merkel met Siemens managers in Berlin on Tuesday.");
        assertEquals(List.of(EntitySpan.Label.PERSON, EntitySpan.Label.ORGANISATION, EntitySpan.Label.PLACE),
                spans.stream().map(EntitySpan::label).toList());
        for (EntitySpan span : spans) {
            assertTrue(span.confidence() > 0.5 && span.confidence() <= 1, span.toString());
        }
        assertEquals(spans, recognize("Angela Merkel met Siemens managers in Berlin on Tuesday."));
    }

    @Test
    void shouldBeLessSureOfAnUnfamiliarWordThanOfAFamousName() {
        double famous = recognize("Angela Merkel spoke.").get(0).confidence();
        double guess = recognize("The temple in Bexholm was rebuilt.").get(0).confidence();
        assertTrue(guess < famous, guess + " vs " + famous);
    }
}
