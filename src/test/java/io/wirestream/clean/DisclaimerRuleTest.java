package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisclaimerRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static Draft run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new DisclaimerRule().apply(draft);
        return draft;
    }

    private static void removes(String disclaimer) {
        Draft d = run(STORY, disclaimer);
        assertEquals(List.of(STORY), d.paragraphs(), disclaimer);
        assertEquals("disclaimer", d.removals().get(0).rule());
        assertEquals(disclaimer.strip(), d.removals().get(0).text());
    }

    private static void removesTail(String disclaimer) {
        assertEquals(List.of(STORY), run(STORY + " " + disclaimer).paragraphs(), disclaimer);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph).paragraphs(), paragraph);
    }

    @Test
    void shouldRemoveAutoPublishDisclaimers() {
        removes("Disclaimer: This post has been auto-published from an agency feed without any modifications "
                + "to the text and has not been reviewed by an editor");
        removes("(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)");
        removes("(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)");
        removes("This is an auto-generated story from a syndicated news feed. Nothing in it was edited.");
        removes("Only the headline of this report may have been reworked by Business Standard staff; the rest "
                + "of the content is auto-generated from a syndicated feed.");
        removes("(Except for the headline, this story has not been edited by NDTV staff and is published from a "
                + "syndicated feed.)");
        removes("DISCLAIMER: this article is autopublished from a wire feed and has not been edited.");
        removes("(Disclaimer: The views expressed are those of the author and do not reflect those of the site.)");
    }

    @Test
    void shouldRemoveDisclaimerAtTheEndOfAStoryParagraph() {
        removesTail("(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)");
        removesTail("Disclaimer: This post has been auto-published from an agency feed without any modifications.");
    }

    @Test
    void shouldKeepStoryTextAboutDisclaimersAndEditing() {
        keeps("The company issued a disclaimer on Monday about its earnings forecast.");
        keeps("The report has not been edited by the ministry, officials said.");
        keeps("Only the headline matters, the editor told staff.");
    }
}
