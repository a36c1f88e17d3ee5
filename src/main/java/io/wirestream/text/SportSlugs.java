package io.wirestream.text;

import java.util.Locale;
import java.util.Set;

/**
 * Sports as wire desks slug their copy ({@code sport-slugs.txt}): "SOCCER - DUTCH FIRST DIVISION
 * RESULTS" opens in capitals before a dash, as a dateline does, but names the desk, not a place.
 */
public final class SportSlugs {

    private static final Set<String> WORDS = WordLists.lowercaseSet(SportSlugs.class, "sport-slugs.txt");

    private SportSlugs() {
    }

    /** Whether {@code words} (any case, words separated by single spaces) is a sport's slug. */
    public static boolean contains(String words) {
        return WORDS.contains(words.toLowerCase(Locale.ROOT));
    }
}
