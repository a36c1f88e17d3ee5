package io.wirestream.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.dedupe.Buckets;
import io.wirestream.dedupe.Candidate;
import io.wirestream.dedupe.ContentFingerprint;
import io.wirestream.dedupe.Seen;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Verdict;
import io.wirestream.serde.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class DedupeSerdesTest {

    private static final Serde<Candidate> CANDIDATES = DedupeSerdes.candidate(JsonSerde.of(Article.class));

    private static Article article() {
        FeedItem item = new FeedItem("pti-1", "PTI", "Headline", null, null,
                List.of("First paragraph of the story, long enough to shingle.", "Second one."), null,
                Instant.parse("2022-01-22T04:00:00Z"), null, null, List.of(), Map.of(), FeedItem.SourceFormat.JSON);
        return ContentFingerprint.apply(Article.cleaned(item, item.paragraphs(), "Headline", null, List.of()));
    }

    private static Candidate roundTrip(Candidate c) {
        return CANDIDATES.deserializer().deserialize("t", CANDIDATES.serializer().serialize("t", c));
    }

    @Test
    void shouldReadBackEveryFieldOfABandRecord() {
        Article article = article();
        Seen seen = Buckets.seen(article, "p0001-0000000000000000042", 7);
        Candidate band = new Candidate(seen, 22, null).withMatch(new Candidate.Match(
                new Verdict(Verdict.Kind.NEAR, "ap-9", 0.91, "minhash-lsh+jaccard", 0, true), 123, 0.2, false))
                .withVersion(new Verdict(Verdict.Kind.UPDATE, "pti-1", 1.0, "id", 1, false));
        Candidate back = roundTrip(band);
        assertEquals(band.seen().ref(), back.seen().ref());
        assertEquals(band.seen().agency(), back.seen().agency());
        assertEquals(band.seen().eventTime(), back.seen().eventTime());
        assertArrayEquals(band.seen().shingles(), back.seen().shingles());
        assertEquals(band.match(), back.match());
        assertEquals(band.version(), back.version());
        assertNull(back.article());
        assertNull(back.headers());
    }

    @Test
    void shouldReadBackTheArticleAndHeadersOfTheContentRecord() {
        Article article = article();
        Seen seen = Buckets.seen(article, "p0000-0000000000000000001", 7).withoutShingles();
        Candidate content = new Candidate(seen, 22, article)
                .withHeaders(List.of(new Candidate.HeaderCopy("content-type", "text/plain".getBytes())));
        Candidate back = roundTrip(content);
        assertEquals(article.id(), back.article().id());
        assertEquals(article.body(), back.article().body());
        assertEquals(article.contentHash(), back.article().contentHash());
        assertNull(back.seen().shingles());
        assertEquals("content-type", back.headers().get(0).key());
        assertArrayEquals("text/plain".getBytes(), back.headers().get(0).value());
    }

    @Test
    void shouldNameTheTopicWhenBytesAreNotADedupeRecord() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> CANDIDATES.deserializer().deserialize("app-dedupe-by-bucket-repartition", "{\"json\":1}".getBytes()));
        assertEquals(true, e.getMessage().contains("app-dedupe-by-bucket-repartition"), e.getMessage());
    }
}
