package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryRuleTest {

    @Test
    void shouldMakeACountryOrganisationAPlaceButNotALongerNameOrAPerson() {
        Sentence s = Spans.sentence("Philippines, Philippine Airlines and Jordan.");
        assertEquals(List.of("PLACE:Philippines", "ORGANISATION:Philippine Airlines", "PERSON:Jordan"),
                apply(new CountryRule(), s, span(s, "Philippines", ORGANISATION),
                        span(s, "Philippine Airlines", ORGANISATION), span(s, "Jordan", PERSON)));
    }
}
