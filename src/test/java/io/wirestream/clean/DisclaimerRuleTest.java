package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
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
    void shouldRemoveOtherPortalsWordingsWhereverTheyStand() {
        removes("This news has been auto-published from a wire agency feed and has not been edited by The Frontier Times staff.");
        removes("The story is published from an agency feed. The Karachi Courier is not responsible for its content.");
        removes("This article was syndicated from an international news agency and has not been edited by our newsroom.");
        removes("This is an automated story from the PA news agency. It has not been checked or edited by a journalist.");
        removes("This content was published automatically from Associated Press and was not edited by Yonder News.");
        removes("Disclaimer: Content on this page comes from news agencies and syndicated feeds and is republished without editing.");
        Draft d = run("(Disclaimer: this copy is auto-generated from an agency feed.) " + STORY);
        assertEquals(List.of(STORY), d.paragraphs());
        assertTrue(d.removals().get(0).score() >= DisclaimerRule.THRESHOLD);
    }

    @Test
    void shouldKeepNewsAboutAgenciesAndResponsibility() {
        keeps("The Defence Procurement Agency - which is responsible for buying defence equipment - was improving.");
        keeps("Internet service providers have long claimed no responsibility for the content they carry.");
        keeps("The agency said its staff had not been told about the feed.");
        keeps("This report was published by Reuters on Monday.");
    }

    @Test
    void shouldNeverThrowOnRandomInput() {
        Random random = new Random(5L);
        String[] words = {"this", "story", "has", "not", "been", "edited", "by", "staff", "agency", "feed", "auto-generated",
                "Disclaimer:", "(", ")", ".", "The", "responsibility", "only", "the", "headline", ";", "\"", "  "};
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append(random.nextInt(10) == 0 ? String.valueOf((char) random.nextInt(0x3000)) : words[random.nextInt(words.length)]);
                s.append(random.nextBoolean() ? " " : "");
            }
            Draft d = new Draft("H", List.of(s.toString().isBlank() ? "x" : s.toString(), STORY));
            new DisclaimerRule().apply(d);
            assertTrue(d.paragraphs().stream().noneMatch(String::isBlank));
        }
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
