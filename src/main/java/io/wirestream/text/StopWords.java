package io.wirestream.text;

import java.util.Set;

/** English function words ({@code stop-words.txt}): their share of a paragraph tells running prose from link text. */
public final class StopWords {

    private static final Set<String> WORDS = WordLists.lowercaseSet(StopWords.class, "stop-words.txt");

    private StopWords() {
    }

    /** Whether a lower-case word is a function word ("the", "of", "said" is not). */
    public static boolean contains(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }
}
