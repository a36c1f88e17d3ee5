package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OfPlaceRuleTest {

    private final SpanRule rule = new OfPlaceRule();

    @Test
    void shouldJoinAnOrganisationOfAPlace() {
        Sentence s = Spans.sentence("The Election Commission of Pakistan and the Bank of the Republic of Turkey spoke.");
        assertEquals(List.of("ORGANISATION:Election Commission of Pakistan",
                        "ORGANISATION:Bank of the Republic of Turkey"),
                apply(rule, s, span(s, "Election Commission", ORGANISATION), span(s, "Pakistan", PLACE),
                        span(s, "Bank", ORGANISATION), span(s, "Republic of Turkey", PLACE)));
    }

    @Test
    void shouldLeaveAPersonOfAPlaceAndOtherWordsBetweenAlone() {
        Sentence s = Spans.sentence("Biden of Delaware met Acme in Texas.");
        assertEquals(List.of("PERSON:Biden", "PLACE:Delaware", "ORGANISATION:Acme", "PLACE:Texas"),
                apply(rule, s, span(s, "Biden", PERSON), span(s, "Delaware", PLACE),
                        span(s, "Acme", ORGANISATION), span(s, "Texas", PLACE)));
    }
}
