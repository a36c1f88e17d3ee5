package io.wirestream.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import org.junit.jupiter.api.Test;

class NearMatchTest {

    private static final String STORY = String.join("\n\n",
            "The city council voted on Tuesday to close the old harbour bridge to heavy lorries from next month, "
                    + "after engineers found corrosion in two of its main supports.",
            "Mayor Helena Brandt said the decision was taken with regret but that safety came first, and that "
                    + "buses and cars would still be allowed to cross at reduced speed.",
            "Hauliers warned the closure would add up to forty minutes to journeys between the port and the "
                    + "industrial estate on the eastern bank of the river.",
            "A full repair is expected to cost about 12 million euros and could take two years, according to a "
                    + "report presented to councillors.");

    private static Seen seen(String id, String body, String published, String agency) {
        FeedItem item = new FeedItem(id, agency, "h", null, null, List.of(body), null, Instant.parse(published), null,
                null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        Article a = ContentFingerprint.apply(Article.cleaned(item, List.of(body), "h", null, List.of()));
        return Buckets.seen(a, "p-" + id, 0);
    }

    @Test
    void shouldCatchACopyWithAParagraphAddedByContainment() {
        Seen original = seen("a", STORY, "2022-01-22T04:00:00Z", "PTI");
        Seen copy = seen("b", STORY + "\n\nThe council will review the decision in six months, officials said, "
                + "once a second inspection of the piers and the deck has been completed.", "2022-01-22T05:00:00Z", "PTI");
        Candidate.Match m = NearMatch.verify(copy, original);
        assertNotNull(m);
        assertEquals(Verdict.Kind.NEAR, m.verdict().kind());
        assertEquals("a", m.verdict().originalId());
        assertTrue(m.newText() > 0.15, "the added paragraph is new text: " + m.newText());
    }

    @Test
    void shouldTakeANewerTextOfAnIdForItsVersionNotForACopyOfAPortalsCopyOfItsFirstText() {
        Seen first = seen("x", STORY, "2022-01-22T04:00:00Z", "PTI");
        Seen portal = seen("p", STORY + "\n\nAlso read: more news from the city on our website every day.",
                "2022-01-22T04:30:00Z", null);
        Seen second = seen("x", STORY.replace("Helena Brandt", "Helene Brandt"), "2022-01-22T05:00:00Z", "PTI");
        Candidate decided = NearMatch.decide(false, new Candidate(second, 3, null), second, List.of(first, portal), 0);
        assertEquals("x", decided.match().verdict().originalId(), "its own first text came before the portal's copy");
        // A portal's own update of its copy of another agency's story stays a copy of that story.
        Seen portalUpdate = seen("p", STORY.replace("Helena Brandt", "Helene Brandt"), "2022-01-22T05:00:00Z", null);
        Candidate copy = NearMatch.decide(false, new Candidate(portalUpdate, 3, null), portalUpdate,
                List.of(first, portal), 0);
        assertEquals("x", copy.match().verdict().originalId());
        assertEquals(Verdict.Kind.NEAR, copy.match().verdict().kind());
    }

    @Test
    void shouldCatchACorrectedName() {
        Seen original = seen("a", STORY, "2022-01-22T04:00:00Z", "PTI");
        Seen copy = seen("b", STORY.replace("Helena Brandt", "Helene Brandt"), "2022-01-22T05:00:00Z", "PTI");
        Candidate.Match m = NearMatch.verify(copy, original);
        assertNotNull(m);
        assertEquals("minhash-lsh+jaccard", m.verdict().method());
        assertTrue(m.verdict().similarity() > 0.9);
    }

    @Test
    void shouldNotFlagAnotherStoryOnTheSameSubject() {
        Seen original = seen("a", STORY, "2022-01-22T04:00:00Z", "PTI");
        Seen other = seen("b", String.join("\n\n",
                "Lorry drivers staged a slow protest across the old harbour bridge on Wednesday, a day after the city "
                        + "council voted to close it to heavy vehicles from next month.",
                "The hauliers' association said the closure had been rushed and asked Mayor Helena Brandt to publish "
                        + "the full engineering report on the corrosion of the supports.",
                "Police said traffic was delayed for about an hour but there were no arrests."),
                "2022-01-23T04:00:00Z", "PTI");
        assertNull(NearMatch.verify(other, original));
    }

    @Test
    void shouldNameTheEarliestOriginalByEventTimeWhateverTheOrderOfOthers() {
        Seen early = seen("a", STORY, "2022-01-22T04:00:00Z", "PTI");
        Seen middle = seen("b", STORY.replace("Tuesday", "Tuesday evening"), "2022-01-22T04:30:00Z", "UNI");
        Seen late = seen("c", STORY.replace("regret", "great regret"), "2022-01-22T05:00:00Z", "ANI");
        Candidate candidate = new Candidate(late, 17, null);
        for (List<Seen> others : List.of(List.of(early, middle), List.of(middle, early))) {
            Candidate decided = NearMatch.decide(false, candidate, late, others, 0);
            assertEquals("a", decided.match().verdict().originalId());
        }
        assertNull(NearMatch.decide(false, new Candidate(early, 17, null), early, List.of(middle, late), 0)
                .match(), "the earliest is nobody's copy");
    }

    @Test
    void shouldLeaveAReSendOfAnIdToItsIdBucketAndNameTheOtherIdsEarliestCopy() {
        FeedItem item = new FeedItem("b", "PTI", "h", null, null, List.of(STORY), null,
                Instant.parse("2022-01-22T04:00:00Z"), null, null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        Article article = ContentFingerprint.apply(Article.cleaned(item, List.of(STORY), "h", null, List.of()));
        Seen first = Buckets.seen(article, "p-1", 0).withoutShingles();
        Seen again = Buckets.seen(article, "p-2", 5).withoutShingles();
        Seen otherId = seen("a", STORY, "2022-01-22T04:00:00Z", "Portal").withoutShingles();
        for (Seen self : List.of(first, again)) {
            Candidate decided = NearMatch.decide(true, new Candidate(self, 22, article), self,
                    List.of(otherId, first, again), 0);
            assertEquals(Verdict.Kind.CONTENT, decided.match().verdict().kind());
            assertEquals("a", decided.match().verdict().originalId(), "same time: the smaller id is the original");
        }
        assertNull(NearMatch.decide(true, new Candidate(again, 22, article), again, List.of(first), 0).match(),
                "its own id's earlier record is not a copy of another article");
    }
}
