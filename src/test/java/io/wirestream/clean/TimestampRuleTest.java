package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampRuleTest {

    private static final String STORY = "The minister said on Monday that talks would resume.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new TimestampRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removes(String stamp) {
        assertEquals(List.of(STORY), run(stamp, STORY, stamp), stamp);
    }

    private static void keeps(String paragraph) {
        assertEquals(List.of(STORY, paragraph), run(STORY, paragraph), paragraph);
    }

    @Test
    void shouldRemoveLabelledAndBareStamps() {
        removes("First Published: Mar 4, 2024, 02:22 PM IST");
        removes("Last Updated: 04 March 2024 | 15:40");
        removes("Updated on March 4, 2024 at 10:14 PM EST");
        removes("Updated 2 hours ago");
        removes("Posted: Mar 4, 2024 / 09:22 PM EST");
        removes("Published: 14:22, 4 March 2024 | Updated: 15:01, 4 March 2024");
        removes("Updated: 04-03-2024 14:22 IST Created: 04-03-2024 14:22 IST");
        removes("Published in The Karachi Courier, March 5th, 2024.");
        removes("Mon, March 4, 2024 at 9:22 PM UTC");
    }

    @Test
    void shouldKeepDatesThatAreStory() {
        keeps("Tuesday, 1 March");
        keeps("2000 GMT");
        keeps("The deadline was updated on March 4, 2024.");
        keeps("Published in 2004, the book sold a million copies.");
    }

    @Test
    void shouldNeverThrowOnRandomInput() {
        Random random = new Random(3L);
        String alphabet = "0123456789:/-., |APMISTUpdatedPublishedMarch ago";
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                s.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            double score = TimestampRule.score(s.toString());
            assertTrue(score >= 0 && score <= 1);
        }
    }
}
