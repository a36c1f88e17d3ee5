package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.wirestream.extract.EntitySpan.Label.MISC;
import static io.wirestream.extract.EntitySpan.Label.PLACE;
import static io.wirestream.extract.Spans.apply;
import static io.wirestream.extract.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OrgHeadRuleTest {

    private final SpanRule rule = new OrgHeadRule();

    @Test
    void shouldExtendADemonymOrPlaceOverTheOrganisationHeadAfterIt() {
        Sentence s = Spans.sentence("The Russian Embassy said the Japan Coast Guard would help.");
        assertEquals(List.of("ORGANISATION:Russian Embassy", "ORGANISATION:Japan Coast Guard"),
                apply(rule, s, span(s, "Russian", MISC), span(s, "Japan", PLACE)));
    }

    @Test
    void shouldRelabelAPlaceEndingInAHeadButNotAHeadAlone() {
        Sentence s = Spans.sentence("The Russia Council met, and the Council said so.");
        assertEquals(List.of("ORGANISATION:Russia Council", "PLACE:Council"),
                apply(rule, s, span(s, "Russia Council", PLACE), new EntitySpan(32, 39, PLACE)));
    }

    @Test
    void shouldMatchHeadsAsWrittenExceptInOddCasedSentences() {
        Sentence s = Spans.sentence("Japanese embassy staff left.");
        assertEquals(List.of("MISC:Japanese"), apply(rule, s, span(s, "Japanese", MISC)));
        Sentence caps = Spans.headline("RUSSIAN EMBASSY SAYS NO TO TALKS");
        assertEquals(List.of("ORGANISATION:RUSSIAN EMBASSY"), apply(rule, caps, span(caps, "RUSSIAN", MISC)));
    }
}
