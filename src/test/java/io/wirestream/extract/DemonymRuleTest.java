package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.MISC;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DemonymRuleTest {

    @Test
    void shouldDropDemonymPlacesOnly() {
        Sentence s = Spans.sentence("Japanese and South African envoys met in Tokyo, said a Russian.");
        assertEquals(List.of("PLACE:Tokyo", "MISC:Russian"), apply(new DemonymRule(), s, span(s, "Japanese", PLACE),
                span(s, "South African", PLACE), span(s, "Tokyo", PLACE), span(s, "Russian", MISC)));
    }
}
