package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedStoriesRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";
    private static final String PROSE = "The talks, which stalled last year over the border question, are expected to "
            + "run for three days in Geneva and to include defence and trade officials from both sides.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new RelatedStoriesRule().apply(draft);
        return draft.paragraphs();
    }

    private static void cutsFrom(String heading) {
        assertEquals(List.of(STORY), run(STORY, heading, "Another headline about things", "Yet another one"), heading);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph, PROSE), run(STORY, paragraph, PROSE), paragraph);
    }

    @Test
    void shouldCutTheLinkBlockFromItsHeading() {
        cutsFrom("Related Stories");
        cutsFrom("RELATED NEWS");
        cutsFrom("Realted Stories");
        cutsFrom("International Realted Stories");
        cutsFrom("You may also like");
        cutsFrom("Recommended");
        cutsFrom("More from World");
        cutsFrom("Also read");
    }

    @Test
    void shouldRemoveOnlyTheHeadingWhenStoryProseFollowsAWeakOne() {
        assertEquals(List.of(STORY, PROSE), run(STORY, "Also Read", PROSE));
        assertEquals(List.of(STORY, PROSE), run(STORY, "More from the summit", PROSE));
    }

    @Test
    void shouldRemoveInlineAlsoReadLinks() {
        assertEquals(List.of(STORY, PROSE), run(STORY, "Also Read: Delhi records coldest day in a decade", PROSE));
        assertEquals(List.of(STORY, PROSE), run(STORY, "Also Read | Delhi records coldest day in a decade", PROSE));
    }

    @Test
    void shouldKeepSentencesThatMentionRelatedStories() {
        keeps("Related stories in the local press said the talks had stalled.");
        keeps("He recommended that the talks be postponed.");
        keeps("Also read into the record was a letter from the governor.");
    }
}
