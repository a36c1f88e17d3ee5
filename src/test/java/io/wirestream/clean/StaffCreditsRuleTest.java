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
        removes("Associated Press writer Christopher Weber in Los Angeles contributed to this report.");
        removes("AP writers Jane Doe in Paris and John Roe in Berlin contributed to this story.");
        removes("Reuters contributed reporting to this story");
        removes("Taxin reported from Santa Ana, California. Associated Press writer Amy Lee contributed to this report.");
        removes("Weber reported from Ventura, Calif. AP writer John D. Smith in Phoenix contributed to this report.");
        removes("___");
        removes("bur-ach/gw");
        removes("jd-lm/tw");
    }

    @Test
    void shouldRemoveTheWiresEndMarks() {
        for (String mark : List.of("(END)", "END", "Enditem", "-0-", "###", "- END -", "ljm/dm/jj", "sk/vd",
                "AP-NY-11-19-95 2214EST")) {
            removes(mark);
        }
        assertEquals(List.of(STORY), run(STORY + " Enditem"));
        assertEquals(List.of(STORY), run(STORY + " (END)"));
        assertEquals(List.of("Earlier. Enditem", STORY), run("Earlier. Enditem", STORY), "only the last paragraph's end");
        assertEquals(List.of(STORY, "--IANS"), run(STORY, "--IANS\nsk/vd"), "the last line of an unsplit paragraph");
    }

    @Test
    void shouldKeepShortLinesThatAreNotEndMarks() {
        keeps("n/a");
        keeps("The End");
        keeps("AP-NORC poll");
        keeps("He called it the end (END) of an era");
    }

    @Test
    void shouldKeepStoryTextAboutReporting() {
        keeps("Reporting by local media suggested the talks had stalled, but officials denied it.");
        keeps("Editing by hand took the team weeks, the curator said.");
        keeps("The donors contributed to this report's funding, the charity said.");
        keeps("Smith said rising costs contributed to the decision. Officials did not comment on this report.");
        keeps("Police said the investigation was continuing. Three suspects remain at large. Associated Press writer "
                + "Jane Doe contributed to this report.");
    }

    @Test
    void shouldOnlyLookAtTheEndOfTheStory() {
        List<String> out = run("Reporting by Andreas Rinke", STORY, STORY + " More.", STORY + " Again.", STORY + " End.");
        assertEquals(5, out.size());
    }
}
