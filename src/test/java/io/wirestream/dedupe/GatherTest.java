package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import org.junit.jupiter.api.Test;

class GatherTest {

    private static final Article ARTICLE = article();

    private static Article article() {
        FeedItem item = new FeedItem("b", "PTI", "h", null, null, List.of("text"), null,
                Instant.parse("2022-01-22T04:00:00Z"), null, null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        return ContentFingerprint.apply(Article.cleaned(item, item.paragraphs(), "h", null, List.of()));
    }

    private static Candidate.Match copyOf(String original, Verdict.Kind kind, double newText, boolean sameAgency) {
        return new Candidate.Match(new Verdict(kind, original, 0.9, "minhash-lsh+containment", 0, false), 0,
                newText, sameAgency);
    }

    private static Article decide(Candidate.Match match, Verdict version, DedupeConfig.NearCopyPolicy policy) {
        return Gather.decide(ARTICLE, match, version, policy);
    }

    @Test
    void shouldCallAReSendOfAnIdAnIdDuplicateEvenWhenItAlsoCopiesAnotherId() {
        Verdict resent = new Verdict(Verdict.Kind.ID, "b", 1.0, "id", 0, false);
        Article decided = decide(copyOf("a", Verdict.Kind.CONTENT, 0, false), resent,
                DedupeConfig.NearCopyPolicy.DUPLICATE);
        assertEquals(Verdict.Kind.ID, decided.verdict().kind());
    }

    @Test
    void shouldDropACopyOfAnotherIdBeforeNumberingItAsAnUpdate() {
        Verdict update = new Verdict(Verdict.Kind.UPDATE, "b", 1.0, "id", 1, false);
        Article decided = decide(copyOf("a", Verdict.Kind.NEAR, 0.02, true), update,
                DedupeConfig.NearCopyPolicy.DUPLICATE);
        assertEquals(Verdict.Kind.NEAR, decided.verdict().kind());
        assertEquals("a", decided.verdict().originalId());
    }

    @Test
    void shouldNumberAnUpdateWhoseEarliestMatchIsItsOwnIdsEarlierText() {
        Verdict update = new Verdict(Verdict.Kind.UPDATE, "b", 1.0, "id", 1, false);
        Article decided = decide(copyOf("b", Verdict.Kind.NEAR, 0.02, true), update,
                DedupeConfig.NearCopyPolicy.DUPLICATE);
        assertEquals(Verdict.Kind.UPDATE, decided.verdict().kind());
        assertEquals(2, decided.version());
    }

    @Test
    void shouldNumberANewerTextOfItsIdOneAboveWhatItSupersedes() {
        Article decided = decide(null, new Verdict(Verdict.Kind.UPDATE, "b", 1.0, "id", 2, false),
                DedupeConfig.NearCopyPolicy.DUPLICATE);
        assertEquals(Verdict.Kind.UPDATE, decided.verdict().kind());
        assertEquals(3, decided.version());
    }

    @Test
    void shouldKeepAnAgencysOwnReissueWithNewTextUnderTheUpdatePolicyOnly() {
        Candidate.Match reissue = copyOf("a", Verdict.Kind.NEAR, 0.3, true);
        assertEquals(Verdict.Kind.REISSUE,
                decide(reissue, null, DedupeConfig.NearCopyPolicy.UPDATE).verdict().kind());
        assertEquals(Verdict.Kind.NEAR,
                decide(reissue, null, DedupeConfig.NearCopyPolicy.DUPLICATE).verdict().kind());
        assertEquals(Verdict.Kind.NEAR, decide(copyOf("a", Verdict.Kind.NEAR, 0.3, false), null,
                DedupeConfig.NearCopyPolicy.UPDATE).verdict().kind(), "another agency's copy is never its re-issue");
    }

    @Test
    void shouldCarryTheLateFlagOfAnEarlierCopyReleasedTooSoonOntoANewArticle() {
        Candidate.Match lateMarker = new Candidate.Match(new Verdict(Verdict.Kind.NEW, "b", 1.0, null, 0, true),
                Long.MAX_VALUE, 1, false);
        Article decided = decide(lateMarker, null, DedupeConfig.NearCopyPolicy.DUPLICATE);
        assertEquals(Verdict.Kind.NEW, decided.verdict().kind());
        assertTrue(decided.verdict().late());
    }
}
