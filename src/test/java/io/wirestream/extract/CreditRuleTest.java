package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditRuleTest {

    @Test
    void shouldDropAnAgencyInItsCreditAndKeepTheRest() {
        String text = "Troops moved near Kyiv, ANI reported. (ANI/Sputnik)";
        Sentence s = Spans.sentence(text, text.indexOf("(ANI"));
        int credit = text.indexOf("ANI/");
        assertEquals(List.of("PLACE:Kyiv", "ORGANISATION:ANI"), apply(new CreditRule(), s, span(s, "Kyiv", PLACE),
                span(s, "ANI", ORGANISATION), new EntitySpan(credit, credit + 3, ORGANISATION)));
    }
}
