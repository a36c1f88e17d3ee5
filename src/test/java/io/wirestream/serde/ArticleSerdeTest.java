package io.wirestream.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.model.Removal;
import io.wirestream.model.Tag;
import io.wirestream.model.Verdict;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ArticleSerdeTest {

    private final ArticleSerde serde = new ArticleSerde();

    private static Article enriched() {
        FeedItem item = new FeedItem("ani-1", "ANI", "Raw headline", "By ANI", "TOKYO",
                List.of("Raw body."), "https://example.org/a", Instant.parse("2022-01-22T11:05:00Z"),
                Instant.parse("2022-01-22T12:00:00Z"), "IST", List.of("TokyoKiev"), Map.of("priority", 3),
                FeedItem.SourceFormat.TEXT);
        Article a = Article.cleaned(item, List.of("Tokyo said on Saturday.", "Kyiv answered."), "Tokyo speaks",
                "ANI/Sputnik", List.of(new Removal("disclaimer", "This post has been auto-published.", 0.875)));
        return a.withContentHash("abc123")
                .withVerdict(new Verdict(Verdict.Kind.UPDATE, "ani-1", 1.0, "id", 1, true), 2)
                .withTags(List.of(new Tag("Tokyo"), new Tag("Kiev")))
                .withEntities(List.of(new Entity("Tokyo", Entity.Type.PLACE,
                        List.of(new Entity.Mention("headline", 0, 5, "Tokyo"), new Entity.Mention("body", 0, 5, "Tokyo")),
                        List.of())))
                .withPlaces(List.of(new Place("Japan", "JP", Region.ASIA, 2), new Place("Tokyo", "JP", Region.ASIA, 2,
                                "JP.40", 1850147L)),
                        new RegionAssignment(Region.ASIA, List.of(Region.ASIA), Map.of(Region.ASIA, 1.0),
                                List.of(new RegionAssignment.Evidence("TOKYO", "dateline", "Tokyo", "JP", Region.ASIA,
                                        3.0, "dateline"))));
    }

    @Test
    void shouldReadBackEverythingTheOutputSays() {
        byte[] written = serde.serializer().serialize("news.enriched", enriched());
        Article read = serde.deserializer().deserialize("news.enriched", written);
        assertEquals(new String(written, StandardCharsets.UTF_8),
                new String(serde.serializer().serialize("news.enriched", read), StandardCharsets.UTF_8));
        assertEquals("ani-1", read.id());
        assertEquals(2, read.version());
        assertEquals(Verdict.Kind.UPDATE, read.verdict().kind());
        assertEquals(List.of("Tokyo said on Saturday.", "Kyiv answered."), read.paragraphs());
        assertEquals(Region.ASIA, read.regions().primary());
        assertEquals(2, read.entities().get(0).count());
    }

    @Test
    void shouldListAtMostTheCappedMentionsPerEntityAndSaySo() throws Exception {
        List<Entity.Mention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            mentions.add(new Entity.Mention("body", i * 6, i * 6 + 5, "Tokyo"));
        }
        Article a = enriched().withEntities(List.of(new Entity("Tokyo", Entity.Type.PLACE, mentions, List.of())));
        var entity = Json.MAPPER.readTree(serde.serializer().serialize("news.enriched", a))
                .path("wirestream").path("entities").path(0);
        assertEquals(5000, entity.path("count").asInt());
        assertEquals(ArticleJson.MAX_MENTIONS_PER_ENTITY, entity.path("mentions").size());
        assertTrue(entity.path("mentionsTruncated").asBoolean());
    }

    @Test
    void shouldNameWhatIsMissingFromSomethingThatIsNotAnArticle() {
        var e = assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("news.enriched",
                "{\"uri\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("'id'"), e.getMessage());
    }
}
