package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffCreditsRuleTest {

    private static final String STORY = "The chancellor promised more air defence systems on Friday.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new StaffCreditsRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String trailer) {
        assertEquals(List.of(STORY), run(STORY, trailer), trailer);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveStaffTrailers() {
        removes("Reporting by Andreas Rinke; Editing by Toby Chopra");
        removes("Reporting by Andreas Rinke in Berlin and Sarah Marsh in Kyiv; Writing by Matthias Williams; Editing by Alex Richardson");
        removes("(Reporting by David Brunnstrom; editing by Grant McCool)");
        removes("Additional reporting by Jane Doe");
        removes("Compiled by the Mint desk.");
        removes("Writing and editing by John Smith");
    }

    @Test
    void shouldKeepStoryTextAboutReporting() {
        keeps("Reporting by local media suggested the talks had stalled, but officials denied it.");
        keeps("Editing by hand took the team weeks, the curator said.");
    }

    @Test
    void shouldOnlyLookAtTheEndOfTheStory() {
        List<String> out = run("Reporting by Andreas Rinke", STORY, STORY + " More.", STORY + " Again.", STORY + " End.");
        assertEquals(5, out.size());
    }
}
