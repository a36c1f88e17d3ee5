package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageChromeRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new PageChromeRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String chrome) {
        assertEquals(List.of(STORY), run(chrome, STORY, chrome), chrome);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveWholeChromeParagraphs() {
        removes("City");
        removes("Epaper");
        removes("Open in App");
        removes("OPEN IN APP");
        removes("Read more »");
        removes("Also Read");
        removes("Advertisement");
        removes("- Advertisement -");
        removes("Subscribe");
        removes("Follow us on Google News");
        removes("Follow us on Twitter, Facebook and Instagram");
        removes("Download the app");
        removes("Download the NDTV app");
        removes("Share");
        removes("Comments (12)");
        removes("Trending");
        removes("3 min read");
    }

    @Test
    void shouldKeepRealSentencesWithChromeWords() {
        keeps("The city council voted to open a new app store for local businesses.");
        keeps("Share prices fell 3 percent.");
        keeps("Comments were made by the minister after the meeting.");
        keeps("Follow us on this journey, the mayor told the crowd at the rally in the city centre on Monday.");
        keeps("Trending topics on social media included the election.");
        keeps("Subscribers will pay more from January, the company said.");
    }
}
