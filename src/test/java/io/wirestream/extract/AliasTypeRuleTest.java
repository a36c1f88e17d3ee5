package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.MISC;
import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AliasTypeRuleTest {

    @Test
    void shouldGiveAnAliasTheTableTypeAndLeaveOthersAndMiscAlone() {
        Sentence s = Spans.sentence("Kiev and Acme spoke of Bombay.");
        assertEquals(List.of("PLACE:Kiev", "ORGANISATION:Acme", "MISC:Bombay"), apply(new AliasTypeRule(), s,
                span(s, "Kiev", PERSON), span(s, "Acme", ORGANISATION), span(s, "Bombay", MISC)));
    }
}
