package io.wirestream.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import io.wirestream.model.FeedItem;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    static final String FRENCH = "Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs touchés "
            + "par la sécheresse. Les aides seront versées dès le mois prochain, selon le ministre de l'Agriculture.";
    static final String HINDI = "सरकार ने मंगलवार को सूखे से प्रभावित किसानों की मदद के लिए एक नई योजना की घोषणा की। "
            + "मंत्री ने कहा कि सहायता राशि अगले महीने से दी जाएगी।";
    static final String ENGLISH = "The government on Tuesday announced a new plan to support farmers hit by the drought. "
            + "The aid will be paid from next month, the agriculture minister said.";

    private static final LanguageDetector DETECTOR = new LanguageDetector();

    private static FeedItem item(String body, String language) {
        return new FeedItem("x-1", null, "", null, null, List.of(body), null, null, null, null, List.of(), null,
                FeedItem.SourceFormat.JSON, language);
    }

    @Test
    void shouldDetectFrenchHindiAndEnglishAsTwoLetterTags() {
        assertEquals("fr", DETECTOR.label(item(FRENCH, null)).language());
        assertEquals("hi", DETECTOR.label(item(HINDI, null)).language());
        assertEquals("en", DETECTOR.label(item(ENGLISH, null)).language());
    }

    @Test
    void shouldLeaveAHeadlineAloneUndecidedRatherThanGuess() {
        assertEquals(null, DETECTOR.detect("Michael Jordan buys stake in team"));
        assertTrue(LanguageDetector.hasEntityModel(DETECTOR.label(item("Michael Jordan buys stake in team", null)).language()));
    }

    @Test
    void shouldReadOnlyTheStartOfALongItemCutBetweenWords() {
        String longFrench = (FRENCH + " ").repeat(30);
        String sample = LanguageDetector.sample(longFrench);
        assertTrue(sample.length() <= LanguageDetector.SAMPLE_CHARS, "at most the sample");
        assertTrue(longFrench.startsWith(sample) && longFrench.charAt(sample.length()) == ' ', "cut at a space");
        assertEquals("fr", DETECTOR.label(item(longFrench, null)).language());
        assertEquals(FRENCH, LanguageDetector.sample(FRENCH), "a short text is read whole");
    }

    @Test
    void shouldKeepTheLanguageTheSourceGives() {
        assertEquals("pt-br", DETECTOR.label(item(ENGLISH, "pt-br")).language());
    }

    @Test
    void shouldHaveEntityModelsForEnglishOnly() {
        assertTrue(LanguageDetector.hasEntityModel("en"));
        assertTrue(LanguageDetector.hasEntityModel("en-gb"));
        assertFalse(LanguageDetector.hasEntityModel("hi"));
    }

    @Test
    void shouldNotThrowOnRandomText() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(300); j > 0; j--) {
                s.append((char) random.nextInt(0x3000));
            }
            DETECTOR.label(item(s.toString(), null));
        }
    }
}
