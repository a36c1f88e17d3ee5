package io.wirestream.extract;

import io.wirestream.text.StopWords;
import io.wirestream.text.WordLists;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells ordinary sentence-case text from ALL CAPS and Title Case, where a cased model mistakes
 * every capitalised word for a name.
 */
final class CasingCheck {

    /** How a sentence is cased. */
    enum Casing { NORMAL, ALL_CAPS, TITLE_CASE }

    private static final Set<String> CUES = WordLists.lowercaseSet(CasingCheck.class, "title-case-cues.txt");

    private CasingCheck() {
    }

    static boolean isOdd(List<Token> sentence) {
        return of(sentence, false) != Casing.NORMAL;
    }

    /**
     * A headline is Title Case on its capitals alone, needing no cue word, as long as no content word
     * is in lower case: a plain sentence dense with names ("The Convention Hall is located in Hayward,
     * California") is not Title Case for standing first.
     */
    static boolean isOddHeadline(List<Token> sentence) {
        return of(sentence, true) != Casing.NORMAL;
    }

    static Casing of(List<Token> sentence) {
        return of(sentence, false);
    }

    private static Casing of(List<Token> sentence, boolean headline) {
        int upperLetters = 0;
        int casedLetters = 0;
        int words = 0;
        int longWords = 0;
        int longCapitalised = 0;
        int capitalisedCues = 0;
        int lowerContent = 0;
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).word();
            if (!Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            words++;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isUpperCase(c)) {
                    upperLetters++;
                    casedLetters++;
                } else if (Character.isLowerCase(c)) {
                    casedLetters++;
                }
            }
            boolean capitalised = Character.isUpperCase(w.charAt(0));
            boolean first = i == 0 || (i == 1 && !Character.isLetterOrDigit(sentence.get(0).word().charAt(0)));
            if (first) {
                continue;
            }
            if (w.length() >= 4) {
                longWords++;
                if (capitalised) {
                    longCapitalised++;
                } else if (Character.isLowerCase(w.charAt(0)) && !StopWords.contains(w.toLowerCase(Locale.ROOT))) {
                    lowerContent++;
                }
            }
            if (capitalised && CUES.contains(w.toLowerCase(Locale.ROOT))) {
                capitalisedCues++;
            }
        }
        if (words >= 3 && casedLetters > 0 && upperLetters >= 0.8 * casedLetters) {
            return Casing.ALL_CAPS;
        }
        if (longWords >= 3 && longCapitalised >= 0.75 * longWords && (headline && lowerContent == 0 || capitalisedCues >= 1)) {
            return Casing.TITLE_CASE;
        }
        return Casing.NORMAL;
    }
}
