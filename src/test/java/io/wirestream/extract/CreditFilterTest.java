package io.wirestream.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CreditFilterTest {

    private static boolean credited(String text, String credit) {
        int at = text.indexOf(credit);
        return CreditFilter.credits(text).overlaps(at, at + credit.length());
    }

    @Test
    void shouldFindCreditsWhereverTheAgencyIsNamed() {
        assertTrue(credited("LONDON (Reuters) - Talks resumed.", "(Reuters)"));
        assertTrue(credited("Troops moved. (ANI/Sputnik)", "ANI/Sputnik"));
        assertTrue(credited("Troops moved.\nByANI", "ByANI"));
        assertTrue(credited("Troops moved. ( With inputs from Agence France-Presse )", "Agence"));
        assertTrue(credited("Troops moved. -- ITAR-TASS", "ITAR-TASS"));
    }

    @Test
    void shouldSkipTextThatNamesNoAgency() {
        assertFalse(CreditFilter.mayNameAnAgency("Capital markets (and animals) rallied -- again"));
        assertTrue(CreditFilter.mayNameAnAgency("Apple said (AP)"));
        assertTrue(CreditFilter.mayNameAnAgency("Source:Reuters"));
    }
}
