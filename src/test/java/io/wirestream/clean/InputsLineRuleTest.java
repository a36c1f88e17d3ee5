package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputsLineRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new InputsLineRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String line) {
        assertEquals(List.of(STORY), run(STORY, line), line);
    }

    private static void removesTail(String line) {
        assertEquals(List.of(STORY), run(STORY + " " + line), line);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveInputsLines() {
        removes("( With inputs from ANI )");
        removes("(With inputs from agencies)");
        removes("-- With inputs from PTI");
        removes("— With inputs from Reuters");
        removes("[With additional inputs from IANS]");
        removes("With inputs from agencies.");
        removesTail("(With inputs from PTI)");
        removesTail("-- With inputs from PTI");
    }

    @Test
    void shouldKeepProseAboutInputs() {
        keeps("With inputs from experts, the committee drafted the bill over six months.");
        keeps("The panel drafted the bill with inputs from farmers and traders.");
    }
}
