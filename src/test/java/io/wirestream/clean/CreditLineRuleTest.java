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
    void shouldTakeTheDeskCodesAfterACreditWithIt() {
        credits(STORY + " PTI ABC DEF RT", "PTI");
        credits(STORY + " PTI SKL", "PTI");
        credits(STORY + " Reuters NYC", "Reuters");
        Draft pti = run("First.", STORY + " PTI ABC DEF RT", "RT");
        assertEquals(List.of("First.", STORY), pti.paragraphs());
        assertEquals("PTI", pti.credit());
        Draft ians = run("First.", STORY + " --IANS", "sk/vd");
        assertEquals(List.of("First.", STORY), ians.paragraphs());
        assertEquals("IANS", ians.credit());
        Draft bracketed = run("First.", STORY + " (PTI)", "ZMN RT");
        assertEquals(List.of("First.", STORY), bracketed.paragraphs());
        assertEquals("PTI", bracketed.credit());
    }

    @Test
    void shouldTakeALastLineThatIsOnlyTheAgencysName() {
        for (String[] signature : new String[][] {{"Reuter", "Reuters"}, {"REUTER", "Reuters"}, {"UPI", "UPI"},
                {"Press Trust of India", "PTI"}}) {
            Draft d = run("First.", STORY, signature[0]);
            assertEquals(List.of("First.", STORY), d.paragraphs(), signature[0]);
            assertEquals(signature[1], d.credit(), signature[0]);
        }
    }

    @Test
    void shouldTakeAnAgencyWithItsDeskCodesOnALineOfItsOwn() {
        Draft d = run("First.", STORY, "PTI SH ZH ZH");
        assertEquals(List.of("First.", STORY), d.paragraphs());
        assertEquals("PTI", d.credit());
    }

    @Test
    void shouldTakeTheSignatureOnTheLastLineOfAParagraphAFeedDidNotSplit() {
        credits(STORY + "\n Reuter", "Reuters");
        credits(STORY + "\nUPI\n", "UPI");
        // A short last line that is a sentence, not a name, stays.
        keeps(STORY + "\nThe talks resume on Monday.");
    }

    @Test
    void shouldKeepCapitalsThatAreNotADeskTrailer() {
        keeps(STORY + " Shares rose on the NYSE");
        keeps("The deal was signed by the US and UK");
        keeps("Officials from the two countries met PTI reporters after the talks in the capital on Monday.");
        Draft codesWithoutCredit = run("First.", STORY, "USA");
        assertEquals(List.of("First.", STORY, "USA"), codesWithoutCredit.paragraphs(), "no credit: the line stays");
        assertNull(codesWithoutCredit.credit());
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
