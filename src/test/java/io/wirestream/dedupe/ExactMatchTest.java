package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import org.junit.jupiter.api.Test;

class ExactMatchTest {

    private static Article article(String id, String headline, String body, String updated) {
        FeedItem item = new FeedItem(id, null, headline, null, null, List.of(body), null,
                Instant.parse("2022-01-22T04:00:00Z"), updated == null ? null : Instant.parse(updated), null,
                List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        return ContentFingerprint.apply(Article.cleaned(item, item.paragraphs(), headline, null, List.of()));
    }

    private static Seen seen(Article a, String ref, long arrival) {
        return Buckets.seen(a, ref, arrival).withoutShingles();
    }

    @Test
    void shouldLeaveTheFirstTextOfAnIdUntouched() {
        Article a = article("a", "h", "text", null);
        assertNull(ExactMatch.byId(seen(a, "p1", 0), List.of(), 0));
    }

    @Test
    void shouldDropTheSameTextAgainAsIdDuplicateKeepingTheFirstRecord() {
        Article a = article("a", "h", "text", null);
        Verdict second = ExactMatch.byId(seen(a, "p2", 5), List.of(seen(a, "p1", 0)), 0);
        assertEquals(Verdict.Kind.ID, second.kind());
        assertNull(ExactMatch.byId(seen(a, "p1", 0), List.of(seen(a, "p2", 5)), 0),
                "one of two identical records stays, whichever is decided first");
    }

    @Test
    void shouldNumberANewerTextByItsOwnTimeNotArrival() {
        Article old = article("a", "h", "old text", null);
        Article newer = article("a", "h", "new text", "2022-01-22T05:40:00Z");
        Verdict decided = ExactMatch.byId(seen(newer, "p1", 0), List.of(seen(old, "p2", 99)), 0);
        assertEquals(Verdict.Kind.UPDATE, decided.kind());
        assertEquals(1, decided.supersedes(), "it replaces version 1, so it is version 2");
    }

    @Test
    void shouldRecordAnOlderTextArrivingAfterTheNewerAsSuperseded() {
        Article old = article("a", "h", "old text", null);
        Article newer = article("a", "h", "new text", "2022-01-22T05:40:00Z");
        Verdict v = ExactMatch.byId(seen(old, "p2", 60_000), List.of(seen(newer, "p1", 0)), 10_000);
        assertEquals(Verdict.Kind.SUPERSEDED, v.kind());
        assertTrue(v.isDuplicate());
        assertTrue(v.late(), "the newer text had gone out a grace before the older arrived");
        Verdict within = ExactMatch.byId(seen(old, "p2", 5_000), List.of(seen(newer, "p1", 0)), 10_000);
        assertFalse(within.late());
    }

    @Test
    void shouldBreakEqualTimesByTextSoBothOrdersAgree() {
        Article x = article("a", "h", "text one", null);
        Article y = article("a", "h", "text two", null);
        Verdict vx = ExactMatch.byId(seen(x, "p1", 0), List.of(seen(y, "p2", 0)), 0);
        Verdict vy = ExactMatch.byId(seen(y, "p2", 0), List.of(seen(x, "p1", 0)), 0);
        assertEquals(1, List.of(vx.kind(), vy.kind()).stream().filter(k -> k == Verdict.Kind.SUPERSEDED).count());
    }
}
