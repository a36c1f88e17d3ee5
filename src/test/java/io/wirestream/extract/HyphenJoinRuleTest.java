package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HyphenJoinRuleTest {

    private final SpanRule rule = new HyphenJoinRule();

    @Test
    void shouldJoinANameHyphenedToAnOrganisation() {
        Sentence s = Spans.sentence("They met at the NATO - Russia Council and the NATO-Russia Council.");
        int at = s.text().indexOf("NATO-");
        assertEquals(List.of("ORGANISATION:NATO-Russia Council"),
                apply(rule, s, new EntitySpan(at, at + 4, ORGANISATION), new EntitySpan(at + 5, at + 19, ORGANISATION)));
    }

    @Test
    void shouldKeepTwoPlacesAndAPersonBeforeAnOrganisationApart() {
        Sentence s = Spans.sentence("Russia-Ukraine talks, said Smith-Acme Corp.");
        assertEquals(List.of("PLACE:Russia", "PLACE:Ukraine"),
                apply(rule, s, span(s, "Russia", PLACE), span(s, "Ukraine", PLACE)));
        assertEquals(List.of("PERSON:Smith", "ORGANISATION:Acme Corp"),
                apply(rule, s, span(s, "Smith", PERSON), span(s, "Acme Corp", ORGANISATION)));
    }
}
