package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineSuffixRuleTest {

    private static String run(String headline) {
        Draft draft = new Draft(headline, List.of());
        new HeadlineSuffixRule().apply(draft);
        return draft.headline();
    }

    private static void strips(String headline, String expected) {
        assertEquals(expected, run(headline), headline);
    }

    private static void keeps(String headline) {
        assertEquals(headline, run(headline));
    }

    @Test
    void shouldStripKnownPortalSuffixes() {
        strips("Russia warns Japan over Ukraine | India News", "Russia warns Japan over Ukraine");
        strips("Russia warns Japan over Ukraine - Times of India", "Russia warns Japan over Ukraine");
        strips("Russia warns Japan over Ukraine | World News | LatestLY", "Russia warns Japan over Ukraine");
        strips("Covid-19 cases rise in Delhi – Hindustan Times", "Covid-19 cases rise in Delhi");
    }

    @Test
    void shouldKeepOtherSuffixes() {
        keeps("Russia warns Japan over Ukraine - embassy");
        keeps("India vs Pakistan - who will win?");
        keeps("Covid-19 cases rise in Delhi");
        keeps("News | Reuters");
    }
}
