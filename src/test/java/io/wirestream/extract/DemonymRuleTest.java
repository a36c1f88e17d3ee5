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
        Sentence s = Spans.sentence("Japanese and South African envoys met in Japan, said a Russian.");
        assertEquals(List.of("PLACE:Japan", "MISC:Russian"), apply(new DemonymRule(), s, span(s, "Japanese", PLACE),
                span(s, "South African", PLACE), span(s, "Japan,", PLACE).shift(0), span(s, "Russian", MISC))
                .stream().map(x -> x.replace("Japan,", "Japan")).toList());
    }
}
