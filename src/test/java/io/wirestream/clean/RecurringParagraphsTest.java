package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecurringParagraphsTest {

    private static final String PROMO = "Catch the day's headlines on the Daily Ledger app.";
    private static final Instant T0 = Instant.parse("2024-03-04T10:00:00Z");

    private static FeedItem item(String id, String url, Instant time, String... paragraphs) {
        return new FeedItem(id, null, "Headline " + id, null, null, List.of(paragraphs), url, time, null, null, null,
                Map.of(), FeedItem.SourceFormat.JSON);
    }

    private static Article pass(RecurringParagraphs r, FeedItem item) {
        return r.strip(item, Cleaner.standard().clean(item));
    }

    private static String story(int n) {
        return "Story number " + n + " says the council met on Monday and agreed to repair " + n + " roads in the city.";
    }

    @Test
    void shouldRemoveAParagraphOnceItRecursInEnoughStoriesOfOneSource() {
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(100), 3, Duration.ofDays(1));
        assertTrue(pass(r, item("a", "https://www.ledger.example/a", T0, story(1), PROMO)).paragraphs().contains(PROMO));
        assertTrue(pass(r, item("b", "https://ledger.example/b", T0, story(2), PROMO)).paragraphs().contains(PROMO));
        Article third = pass(r, item("c", "https://ledger.example/c", T0, story(3), PROMO));
        assertEquals(List.of(story(3)), third.paragraphs());
        assertTrue(third.removals().stream().anyMatch(x -> x.rule().equals(RecurringParagraphs.RULE)
                && x.text().equals(PROMO) && x.score() > 0 && x.score() <= 1));
    }

    @Test
    void shouldCountAStoryResentUnderAnotherIdOnce() {
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(100), 2, Duration.ofDays(1));
        pass(r, item("a", "https://ledger.example/a", T0, story(1), PROMO));
        Article again = pass(r, item("a-resent", "https://ledger.example/a2", T0, story(1), PROMO));
        assertTrue(again.paragraphs().contains(PROMO));
    }

    @Test
    void shouldCountAnItemUpdatedWithNewTextOnce() {
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(100), 2, Duration.ofDays(1));
        pass(r, item("a", "https://ledger.example/a", T0, story(1), PROMO));
        Article update = pass(r, item("a", "https://ledger.example/a", T0.plusSeconds(60), story(1) + " Updated.", PROMO));
        assertTrue(update.paragraphs().contains(PROMO));
        Article other = pass(r, item("b", "https://ledger.example/b", T0.plusSeconds(120), story(2), PROMO));
        assertFalse(other.paragraphs().contains(PROMO), "a second item of the source makes two");
    }

    @Test
    void shouldKeepSourcesApartAndLearnNothingWithoutOne() {
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(100), 2, Duration.ofDays(1));
        pass(r, item("a", "https://one.example/a", T0, story(1), PROMO));
        assertTrue(pass(r, item("b", "https://two.example/b", T0, story(2), PROMO)).paragraphs().contains(PROMO));
        pass(r, item("c", null, T0, story(3), PROMO));
        assertTrue(pass(r, item("d", null, T0, story(4), PROMO)).paragraphs().contains(PROMO));
    }

    @Test
    void shouldForgetSightingsBeyondTheHorizon() {
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(100), 2, Duration.ofHours(1));
        pass(r, item("a", "https://one.example/a", T0, story(1), PROMO));
        Article late = pass(r, item("b", "https://one.example/b", T0.plus(Duration.ofHours(2)), story(2), PROMO));
        assertTrue(late.paragraphs().contains(PROMO));
    }

    @Test
    void shouldTakeThePortalFromTheEnvelopeWhenThereIsNoUrl() {
        FeedItem item = new FeedItem("x", null, "H", null, null, List.of("p"), null, null, null, null, null,
                Map.of("portal", "Gulf Ledger"), FeedItem.SourceFormat.JSON);
        assertEquals("gulf ledger", RecurringParagraphs.sourceOf(item));
        assertEquals("ledger.example", RecurringParagraphs.sourceOf(item("y", "https://WWW.Ledger.example/p", T0, "p")));
    }

    @Test
    void shouldRefuseAThresholdThatWouldRemoveWhatWasSeenOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecurringParagraphs(ParagraphMemory.bounded(10), 1, Duration.ofDays(1)));
    }

    @Test
    void shouldNeverRemoveWhatOccursOnceOnRandomInput() {
        Random random = new Random(8L);
        RecurringParagraphs r = new RecurringParagraphs(ParagraphMemory.bounded(50), 2, Duration.ofDays(1));
        for (int i = 0; i < 2000; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int k = random.nextInt(5); k >= 0; k--) {
                paragraphs.add("Unique paragraph " + i + "-" + k + " " + Long.toHexString(random.nextLong()) + ".");
            }
            FeedItem item = item("id-" + i, random.nextBoolean() ? "https://p" + random.nextInt(3) + ".example/x" : "::bad url",
                    random.nextBoolean() ? null : T0, paragraphs.toArray(String[]::new));
            Article out = pass(r, item);
            assertFalse(out.removals().stream().anyMatch(x -> x.rule().equals(RecurringParagraphs.RULE)));
        }
    }
}
