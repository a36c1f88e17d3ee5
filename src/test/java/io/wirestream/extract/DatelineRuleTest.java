package io.wirestream.extract;

import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PERSON;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineRuleTest {

    private final SpanRule rule = new DatelineRule();

    @Test
    void shouldTypeTheDatelinesPlaceAsAPlace() {
        Sentence upi = Spans.sentence("TAIPEI (UPI) -- A strong earthquake jolted Taiwan on Tuesday.");
        assertEquals(List.of("PLACE:TAIPEI", "PLACE:Taiwan"), apply(rule, upi, span(upi, "TAIPEI", ORGANISATION),
                span(upi, "Taiwan", PLACE)));
        Sentence pti = Spans.sentence("New Delhi, Nov 29 (PTI) Opposition members staged a walkout.");
        assertEquals(List.of("PLACE:New Delhi"), apply(rule, pti));
        Sentence ani = Spans.sentence("New Delhi [India], January 22 (ANI): The minister spoke.");
        assertEquals(List.of("PLACE:New Delhi"), apply(rule, ani, span(ani, "New Delhi", PERSON)));
        Sentence caps = Spans.sentence("NEW YORK - Stocks rose on Monday.");
        assertEquals(List.of("PLACE:NEW YORK"), apply(rule, caps, span(caps, "NEW YORK", ORGANISATION)));
        Sentence later = Spans.sentence("Rain fell.\n\nMOSCOW, Oct 5 (Reuter) - The harvest fell.", 12);
        assertEquals(List.of("PLACE:MOSCOW"), apply(rule, later));
    }

    @Test
    void shouldLeaveSentencesThatOnlyLookLikeDatelines() {
        Sentence credit = Spans.sentence("Officials (Reuters) said the talks had stalled.");
        assertEquals(List.of("ORGANISATION:Officials"), apply(rule, credit, span(credit, "Officials", ORGANISATION)));
        Sentence mixed = Spans.sentence("Apple - the company - rose.");
        assertEquals(List.of("ORGANISATION:Apple"), apply(rule, mixed, span(mixed, "Apple", ORGANISATION)));
        Sentence slug = Spans.sentence("CRICKET - Leicestershire took over at the top.");
        assertEquals(List.of(), apply(rule, slug));
        Sentence headline = Spans.sentence("JAPAN - TOKYO STOCKS CLOSE HIGHER .");
        assertEquals(List.of(), apply(rule, headline));
        Sentence inside = Spans.sentence("He said TAIPEI (UPI) -- was wrong.");
        assertEquals(List.of(), apply(rule, inside));
    }
}
