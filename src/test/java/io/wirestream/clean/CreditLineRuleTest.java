package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLineRuleTest {

    private static final String STORY = "Relations were high on the agenda during talks.";

    private static Draft run(String... paragraphs) {
        Draft draft = new Draft("H", List.of(paragraphs));
        new CreditLineRule().apply(draft);
        return draft;
    }

    private static void credits(String last, String credit) {
        Draft d = run("First.", last);
        assertEquals(List.of("First.", STORY), d.paragraphs(), last);
        assertEquals(credit, d.credit(), last);
    }

    private static void keeps(String last) {
        Draft d = run("First.", last);
        assertEquals(List.of("First.", last), d.paragraphs(), last);
        assertNull(d.credit(), last);
    }

    @Test
    void shouldTakeTrailingAgencyCredit() {
        credits(STORY + " (ANI/Sputnik)", "ANI/Sputnik");
        credits(STORY + " (ANI)", "ANI");
        credits(STORY + " (PTI)", "PTI");
        credits(STORY + " (Reuters)", "Reuters");
        credits(STORY + " -- Reuters", "Reuters");
        credits(STORY + " (IANS)", "IANS");
        credits(STORY + " (AFP)", "AFP");
        credits(STORY + " (Xinhua)", "Xinhua");
        credits(STORY + " (ANI/WAM)", "ANI/WAM");
        credits(STORY + " (ANI/ XYZ)", "ANI/XYZ");
    }

    @Test
    void shouldTakeCreditThatIsTheWholeLastParagraph() {
        Draft d = run(STORY, "(ANI)");
        assertEquals(List.of(STORY), d.paragraphs());
        assertEquals("ANI", d.credit());
    }

    @Test
    void shouldKeepBracketsThatAreNotAgencies() {
        keeps(STORY + " (Reporting by Kantaro Komiya; Editing by Sam Holmes)");
        keeps(STORY + " (Watch Video)");
        keeps(STORY + " (file photo)");
        keeps("The vote was 52 to 48 (see chart).");
    }

    @Test
    void shouldOnlyLookAtTheEndOfTheBody() {
        Draft d = run("Officials (Reuters) said so.", STORY);
        assertEquals(List.of("Officials (Reuters) said so.", STORY), d.paragraphs());
        assertNull(d.credit());
    }
}
