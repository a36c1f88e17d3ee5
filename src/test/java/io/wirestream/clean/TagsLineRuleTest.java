package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsLineRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new TagsLineRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String line) {
        assertEquals(List.of(STORY), run(STORY, line), line);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveTagLines() {
        removes("Tags: TokyoKievRussian EmbassyWhite HouseJoe BidenFumio kishida");
        removes("TAGS : Tokyo, Kiev, Russia");
        removes("Topics: Ukraine | Russia");
    }

    @Test
    void shouldKeepProseStartingWithTheWord() {
        keeps("Tags on the luggage showed it came from Tokyo.");
    }
}
