package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.MISC;
import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountryPairRuleTest {

    private final SpanRule rule = new CountryPairRule();

    @Test
    void shouldSplitTwoHyphenedCountriesIntoTwoPlaces() {
        Sentence s = Spans.sentence("The Russia-Ukraine talks and India-Pakistan ties.");
        assertEquals(List.of("PLACE:Russia", "PLACE:Ukraine", "PLACE:India", "PLACE:Pakistan"),
                apply(rule, s, span(s, "Russia-Ukraine", MISC)));
    }

    @Test
    void shouldLeaveOtherHyphenedWordsAndNamedSpansAlone() {
        Sentence s = Spans.sentence("Russia-based Japan-Korea Group said.");
        assertEquals(List.of("ORGANISATION:Japan-Korea Group"), apply(rule, s, span(s, "Japan-Korea Group", ORGANISATION)));
    }
}
