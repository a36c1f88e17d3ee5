package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    private static Article article(String headline, String... paragraphs) {
        FeedItem item = new FeedItem("x", null, headline, null, null, List.of(paragraphs), null,
                Instant.EPOCH, null, null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        return Article.cleaned(item, item.paragraphs(), headline, null, List.of());
    }

    @Test
    void shouldIgnoreCasePunctuationAndSpacing() {
        assertEquals(ContentFingerprint.of(article("h", "Talks in Geneva, on Monday.")),
                ContentFingerprint.of(article("h", "talks  in GENEVA on monday")));
    }

    @Test
    void shouldIgnoreARewrittenHeadlineOverTheSameBody() {
        assertEquals(ContentFingerprint.of(article("Russia warns Japan", "Same agency body.")),
                ContentFingerprint.of(article("Moscow slams Tokyo | World News", "Same agency body.")));
    }

    @Test
    void shouldTellEditedBodiesApart() {
        assertNotEquals(ContentFingerprint.of(article("h", "Kishida met Biden.")),
                ContentFingerprint.of(article("h", "Kishida met Blinken.")));
    }

    @Test
    void shouldFallBackToHeadlineWithoutBody() {
        assertNotEquals(ContentFingerprint.of(article("One")), ContentFingerprint.of(article("Two")));
        assertEquals(32, ContentFingerprint.of(article("")).length());
    }

    @Test
    void shouldTreatCompatibilityFormsAlike() {
        assertEquals(ContentFingerprint.of(article("h", "ﬁnal ２０２２")), ContentFingerprint.of(article("h", "final 2022")));
    }
}
