package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AfterNoteRuleTest {

    private static final String LEAD = "New Delhi, Nov 29 (PTI) Opposition members on Sunday staged a walkout from the "
            + "Rajya Sabha after the chairman rejected their notices.";
    private static final String STORY = "The House was adjourned till 2 pm.";
    private static final String NOTE = "This report is auto-generated from PTI news service. ThePrint holds no "
            + "responsibility for its content.";
    private static final String PROMO = "Why news media is in crisis & How you can fix it";

    private static Draft run(CleanRule rule, String... paragraphs) {
        Draft draft = new Draft("Opposition walks out", List.of(paragraphs));
        rule.apply(draft);
        return draft;
    }

    @Test
    void shouldRemoveThePageLinesAfterTheFeedNote() {
        Draft d = run(new AfterNoteRule(new DisclaimerRule()), LEAD, STORY, NOTE, PROMO, "Follow us on Telegram");
        assertEquals(List.of(LEAD, STORY, NOTE), d.paragraphs(), "the note is left to the disclaimer rule");
        assertEquals(List.of("after-note", "after-note"), d.removals().stream().map(r -> r.rule()).toList());
    }

    @Test
    void shouldLeaveProseTagsAndCreditsAfterTheNote() {
        String prose = "Officials said the talks would resume next week.";
        Draft d = run(new AfterNoteRule(new DisclaimerRule()), LEAD, STORY, NOTE, prose, "Tags: Rajya Sabha, Parliament",
                "(With inputs from ANI)", "ANI");
        assertEquals(List.of(LEAD, STORY, NOTE, prose, "Tags: Rajya Sabha, Parliament", "(With inputs from ANI)", "ANI"),
                d.paragraphs());
        assertTrue(d.removals().isEmpty());
    }

    @Test
    void shouldIgnoreANoteAtTheTopOfThePage() {
        Draft d = run(new AfterNoteRule(new DisclaimerRule()), NOTE, "Markets live", LEAD, STORY, "Share this");
        assertEquals(List.of(NOTE, "Markets live", LEAD, STORY, "Share this"), d.paragraphs());
    }

    @Test
    void shouldLeaveThePageAloneWithoutANote() {
        Draft d = run(new AfterNoteRule(new DisclaimerRule()), LEAD, STORY, PROMO);
        assertEquals(List.of(LEAD, STORY, PROMO), d.paragraphs());
    }

    @Test
    void shouldLetTheCreditRuleFindTheDeskTrailerOnceThePromoIsGone() {
        Draft d = new Draft("Opposition walks out", List.of(LEAD, STORY + " PTI ABC DEF RT", "RT", NOTE, PROMO));
        for (CleanRule rule : Cleaner.standard().rules()) {
            rule.apply(d);
        }
        assertEquals(List.of(LEAD, STORY), d.paragraphs());
        assertEquals("PTI", d.credit());
    }
}
