package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import org.junit.jupiter.api.Test;

class ExactMatchTest {

    private static Article article(String id, String body) {
        return article(id, "h", body);
    }

    private static Article article(String id, String headline, String body) {
        FeedItem item = new FeedItem(id, null, headline, null, null, List.of(body), null, Instant.EPOCH, null, null,
                List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        return ContentFingerprint.apply(Article.cleaned(item, item.paragraphs(), headline, null, List.of()));
    }

    @Test
    void shouldCallUnseenContentNew() {
        Article a = ExactMatch.byContent(article("a", "text"), null);
        assertEquals(Verdict.Kind.NEW, a.verdict().kind());
        assertEquals("a", a.verdict().originalId());
    }

    @Test
    void shouldLeaveTheSameBodyUnderTheSameIdToTheIdCheck() {
        Article a = article("a", "text");
        Verdict v = ExactMatch.byContent(a, new FirstSeen("a", a.contentHash(), 1)).verdict();
        assertEquals(Verdict.Kind.NEW, v.kind());
    }

    @Test
    void shouldCallAnUnchangedResendAnIdDuplicate() {
        Article first = ExactMatch.byContent(article("a", "text"), null);
        Article again = ExactMatch.byId(ExactMatch.byContent(article("a", "text"), null), ExactMatch.versionOf(first));
        assertEquals(Verdict.Kind.ID, again.verdict().kind());
        assertEquals(1, again.version());
    }

    @Test
    void shouldCallAHeadlineCorrectionAnUpdate() {
        Article first = ExactMatch.byContent(article("a", "Old headline", "text"), null);
        Article corrected = ExactMatch.byId(ExactMatch.byContent(article("a", "Corrected headline", "text"), null),
                ExactMatch.versionOf(first));
        assertEquals(Verdict.Kind.UPDATE, corrected.verdict().kind());
        assertEquals(2, corrected.version());
    }

    @Test
    void shouldCallSameContentUnderOtherIdAContentDuplicateNamingTheOriginal() {
        Article b = article("b", "text");
        Verdict v = ExactMatch.byContent(b, new FirstSeen("a", b.contentHash(), 1)).verdict();
        assertEquals(Verdict.Kind.CONTENT, v.kind());
        assertEquals("a", v.originalId());
    }

    @Test
    void shouldNumberAnUpdateOneAboveTheLatestVersion() {
        Article a2 = ExactMatch.byContent(article("a", "edited text"), null);
        Article decided = ExactMatch.byId(a2, new FirstSeen("a", "oldhash", 2));
        assertEquals(Verdict.Kind.UPDATE, decided.verdict().kind());
        assertEquals(3, decided.version());
    }

    @Test
    void shouldLeaveANewIdAlone() {
        Article a = ExactMatch.byContent(article("a", "text"), null);
        assertEquals(a, ExactMatch.byId(a, null));
    }
}
