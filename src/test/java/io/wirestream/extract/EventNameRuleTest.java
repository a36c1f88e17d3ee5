package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EventNameRuleTest {

    private final SpanRule rule = new EventNameRule();

    @Test
    void shouldDropAPersonNamedAfterAnEventHead() {
        Sentence s = Spans.sentence("Typhoon Haiyan hit Tacloban after Hurricane Katrina.");
        assertEquals(List.of("PLACE:Tacloban"), apply(rule, s, span(s, "Haiyan", PERSON),
                span(s, "Tacloban", PLACE), span(s, "Hurricane Katrina", PERSON)));
    }

    @Test
    void shouldKeepPeopleWithNoEventHead() {
        Sentence s = Spans.sentence("Haiyan Li spoke to the storm victims.");
        assertEquals(List.of("PERSON:Haiyan Li"), apply(rule, s, span(s, "Haiyan Li", PERSON)));
    }
}
