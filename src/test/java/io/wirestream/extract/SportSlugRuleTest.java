package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.MISC;
import static io.wirestream.extract.EntitySpan.Label.ORGANISATION;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SportSlugRuleTest {

    private final SpanRule rule = new SportSlugRule();

    @Test
    void shouldDropAPlaceOnALeadingSportSlug() {
        Sentence s = Spans.headline("GOLF - LEADING SCORES AT WORLD SERIES OF GOLF .");
        assertEquals(List.of("MISC:WORLD SERIES OF GOLF"), apply(rule, s, span(s, "GOLF", PLACE),
                span(s, "WORLD SERIES OF GOLF", MISC)));
        Sentence two = Spans.headline("ICE HOCKEY - RESULTS OF NHL GAMES .");
        assertEquals(List.of("ORGANISATION:NHL"), apply(rule, two, span(two, "ICE HOCKEY", PLACE),
                span(two, "NHL", ORGANISATION)));
    }

    @Test
    void shouldKeepAPlaceThatIsNoSport() {
        Sentence s = Spans.headline("JAPAN - TOKYO STOCKS CLOSE HIGHER .");
        assertEquals(List.of("PLACE:JAPAN", "PLACE:TOKYO"), apply(rule, s, span(s, "JAPAN", PLACE),
                span(s, "TOKYO", PLACE)));
        Sentence prose = Spans.sentence("Golf was played in Tokyo - and in Osaka .");
        assertEquals(List.of("PLACE:Tokyo"), apply(rule, prose, span(prose, "Tokyo", PLACE)));
    }
}
