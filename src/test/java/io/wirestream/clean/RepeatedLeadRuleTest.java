package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLeadRuleTest {

    private static final String LEAD = "The Russian Embassy in Japan said on Saturday that Tokyo's position toward "
            + "Russia in the context of the situation around Ukraine was inadmissible and counterproductive.";

    private static List<String> run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new RepeatedLeadRule().apply(draft);
        return draft.paragraphs();
    }

    private static void removesRepeat(String repeat) {
        assertEquals(List.of(LEAD, "Open in App"), run(LEAD, "Open in App", repeat), repeat);
    }

    private static void keepsBoth(String a, String b) {
        assertEquals(List.of(a, b), run(a, b));
    }

    @Test
    void shouldRemoveRepeatsWithSmallEdits() {
        removesRepeat(LEAD);
        removesRepeat(LEAD.replace(" said", ""));
        removesRepeat(LEAD.replace("’", "'").replace("Saturday", "Saturday,"));
        removesRepeat(LEAD.replace("inadmissible", "unacceptable"));
    }

    @Test
    void shouldKeepTheDatelinedCopyWhereAPortalPrintedItsSummaryFirst() {
        String summary = "A Halifax Transit ferry struck a shoal near Dartmouth on Sunday with about 40 passengers "
                + "on board, but no one was hurt, the city said.";
        for (String dateline : List.of("HALIFAX — ", "HALIFAX (CP) - ", "Halifax [Canada], November 29 (ANI): ")) {
            String lead = dateline + summary;
            assertEquals(List.of("Photo: the ferry", lead, "Crews towed it off."),
                    run(summary, "Photo: the ferry", lead, "Crews towed it off."), dateline);
        }
        // Both datelined, or neither: the first stays.
        assertEquals(List.of("HALIFAX — " + summary), run("HALIFAX — " + summary, "HALIFAX — " + summary));
    }

    @Test
    void shouldKeepShortOrDifferentParagraphs() {
        keepsBoth("\"We will not back down,\" he said.", "\"We will not give up,\" she said.");
        keepsBoth("Prices rose 3 percent in January.", "Prices rose 3 percent in January.");
        keepsBoth(LEAD, "The Russian Embassy in Japan said on Sunday that talks with Tokyo on a peace treaty "
                + "would continue despite the disagreement over sanctions and the Kuril islands.");
        keepsBoth(LEAD, LEAD + " It said the talks in Washington had damaged relations between Moscow and "
                + "Tokyo, and that it would raise the matter with the Japanese foreign ministry next week.");
    }
}
