package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RegionClassifierTest {

    private final RegionClassifier classifier = new RegionClassifier();

    private static Article article(String dateline, String headline, String... paragraphs) {
        FeedItem item = new FeedItem("id-1", "ANI", headline, null, dateline, List.of(paragraphs), null, null, null,
                null, null, null, FeedItem.SourceFormat.TEXT);
        return Article.cleaned(item, item.paragraphs(), headline, null, List.of());
    }

    private RegionAssignment regions(String dateline, String headline, String... paragraphs) {
        return classifier.classify(article(dateline, headline, paragraphs)).regions();
    }

    @Test
    void shouldSendARussiaJapanStoryToEuropeAndAsia() {
        RegionAssignment r = regions(null,
                "Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive",
                "The Russian Embassy in Japan said that Tokyo's position toward Russia over Ukraine was"
                        + " counterproductive, citing talks between Washington and Tokyo.",
                "At the Japan-US summit the Japanese side tried to threaten Russia, the embassy said.",
                "Russia-Ukraine relations were discussed in Geneva, Brussels and Vienna; Moscow denied"
                        + " plans to invade Ukraine, the Russian foreign ministry said.");
        assertEquals(Region.EUROPE, r.primary());
        assertTrue(r.desks().contains(Region.ASIA), r.toString());
        assertEquals(1.0, r.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void shouldCountAPlaceTheNerFoundThatTheGazetteerScanMissed() {
        String body = "Talks resumed in tbilisi on Monday.";
        int start = body.indexOf("tbilisi");
        Entity place = new Entity("Tbilisi", Entity.Type.PLACE,
                List.of(new Entity.Mention("body", start, start + 7, "tbilisi")), List.of());
        Article classified = classifier.classify(article(null, "Talks resume", body).withEntities(List.of(place)));
        assertEquals("GE", classified.places().get(0).countryCode());
        assertEquals(1, classified.places().get(0).mentions());
    }

    @Test
    void shouldNotCountANerPlaceTwiceWhereTheGazetteerFoundIt() {
        String body = "Talks resumed in Tbilisi on Monday.";
        int start = body.indexOf("Tbilisi");
        Entity place = new Entity("Tbilisi", Entity.Type.PLACE,
                List.of(new Entity.Mention("body", start, start + 7, "Tbilisi")), List.of());
        Article classified = classifier.classify(article(null, "Talks resume", body).withEntities(List.of(place)));
        assertEquals(1, classified.places().get(0).mentions());
    }

    @Test
    void shouldSendAnIndianStoryToSouthAsia() {
        RegionAssignment r = regions("NEW DELHI", "Modi meets Pakistani envoy",
                "Prime Minister Narendra Modi met the Pakistani envoy in New Delhi on Monday."
                        + " Indian officials said talks with Islamabad would resume in Mumbai.");
        assertEquals(Region.SOUTH_ASIA, r.primary());
        assertEquals(List.of(Region.SOUTH_ASIA), r.desks());
        assertEquals(1.0, r.scores().get(Region.SOUTH_ASIA), 1e-9);
    }

    @Test
    void shouldSendANairobiStoryToAfrica() {
        RegionAssignment r = regions("NAIROBI", "Drought talks open",
                "Ministers met in Nairobi on Tuesday to discuss the drought.");
        assertEquals(Region.AFRICA, r.primary());
        assertEquals(List.of(Region.AFRICA), r.desks());
    }

    @Test
    void shouldBeUnknownWithoutAPlace() {
        Article a = classifier.classify(article(null, "Markets rally", "Shares rose on Monday."));
        assertEquals(RegionAssignment.unknown(), a.regions());
        assertEquals(List.of(), a.places());
    }

    @Test
    void shouldListAntarcticaButScoreNoDesk() {
        Article a = classifier.classify(article(null, "Ice shelf cracks in Antarctica", ""));
        assertEquals(Region.UNKNOWN, a.regions().primary());
        assertEquals(List.of(new Place("Antarctica", "AQ", Region.UNKNOWN, 1)), a.places());
    }

    @Test
    void shouldCountPlacesAndOrderThemByMentionsThenName() {
        Article a = classifier.classify(article("TOKYO", "Japan and Kenya",
                "Kenyan and Japanese officials met in Tokyo. Chile was not there."));
        assertEquals(List.of(
                new Place("Japan", "JP", Region.ASIA, 4),
                new Place("Kenya", "KE", Region.AFRICA, 2),
                new Place("Chile", "CL", Region.AMERICAS, 1)), a.places());
    }

    @Test
    void shouldWeighDatelineAndHeadlineOverTheBody() {
        // dateline Japan x3, headline Japan x2, body Kenya x4: Asia 5 of 9, Africa 4 of 9.
        RegionAssignment r = regions("TOKYO", "Japan", "Kenya, Kenya, Kenya, Kenya");
        assertEquals(Region.ASIA, r.primary());
        assertEquals(5 / 9.0, r.scores().get(Region.ASIA), 1e-9);
        assertEquals(List.of(Region.ASIA, Region.AFRICA), r.desks());
    }

    @Test
    void shouldBreakTiesByDeskOrderAndHonourTheThreshold() {
        RegionAssignment r = regions(null, "", "Kenya and Japan");
        assertEquals(Region.AFRICA, r.primary());
        assertEquals(List.of(Region.AFRICA, Region.ASIA), r.desks());

        RegionClassifier strict = new RegionClassifier(Gazetteer.standard(), PlaceFinder.standard(), 0.6);
        RegionAssignment s = strict.classify(article(null, "", "Kenya and Japan")).regions();
        assertEquals(List.of(Region.AFRICA), s.desks());
    }

    @Test
    void shouldRejectABadThreshold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegionClassifier(Gazetteer.standard(), PlaceFinder.standard(), 0));
        assertTrue(e.getMessage().contains("was 0.0"), e.getMessage());
    }

    /** The shared ANI sample, when present: headline plus body, without the related stories. */
    @Test
    void shouldSendTheAniSampleToEuropeAndAsia() throws IOException {
        Path sample = Path.of("/work/shared/samples/ani-tokyo-embassy.txt");
        Assumptions.assumeTrue(Files.isReadable(sample), "sample not available");
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        text = text.substring(0, text.indexOf("Related Stories"));
        List<String> lines = Arrays.stream(text.split("\n")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String headline = lines.stream().filter(s -> s.split(" ").length > 5).findFirst().orElseThrow();
        List<String> body = lines.subList(lines.indexOf(headline) + 1, lines.size());
        RegionAssignment r = classifier.classify(article(null, headline, body.toArray(String[]::new))).regions();
        assertNotNull(r);
        assertTrue(r.desks().contains(Region.EUROPE), r.toString());
        assertTrue(r.desks().contains(Region.ASIA), r.toString());
    }

    @Test
    void shouldNotFailOnRandomArticles() {
        Random random = new Random(7L);
        String[] words = {"Japan", "us", "US", "Kiev's", "Russia-Ukraine", "NEW", "DELHI", "turkey",
                "Antarctica", "Indian", "Ocean", "-", "'", ",", "\n", "Nairobi", "Côte", "d’Ivoire"};
        for (int round = 0; round < 500; round++) {
            String[] paragraphs = new String[random.nextInt(4)];
            for (int p = 0; p < paragraphs.length; p++) {
                StringBuilder sb = new StringBuilder();
                for (int w = random.nextInt(30); w > 0; w--) {
                    sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
                }
                paragraphs[p] = sb.toString();
            }
            String dateline = random.nextBoolean() ? null : words[random.nextInt(words.length)];
            Article a = classifier.classify(article(dateline, words[random.nextInt(words.length)], paragraphs));
            assertTrue(!a.regions().desks().isEmpty());
        }
    }
}
