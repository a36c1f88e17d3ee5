package io.wirestream.extract;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EntityExtractorTest {

    private static final EntityExtractor X = Shared.EXTRACTOR;

    private static List<Entity> entities(String headline, String... paragraphs) {
        return X.extract(Articles.of(headline, paragraphs)).entities();
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + names(entities)));
    }

    // ---- offsets ----

    @Test
    void shouldPointEveryOffsetAtItsMentionText() {
        Article a = X.extract(Articles.tokyoEmbassy());
        assertOffsets(a);
    }

    private static void assertOffsets(Article a) {
        for (Entity e : a.entities()) {
            for (Entity.Mention m : e.mentions()) {
                String field = m.field() == Entity.Mention.Field.HEADLINE ? a.headline() : a.body();
                assertEquals(m.text(), field.substring(m.start(), m.end()), () -> e.name() + " " + m);
            }
        }
    }

    @Test
    void shouldCountEveryMentionInBodyAndHeadline() {
        List<Entity> es = entities("Kishida to visit Tokyo suburb",
                "Fumio Kishida spoke in Tokyo on Monday.", "Kishida later left Tokyo for Osaka.");
        Entity kishida = named(es, "Fumio Kishida");
        assertEquals(3, kishida.count(), kishida.toString());
        assertEquals(Entity.Mention.Field.HEADLINE, kishida.mentions().get(0).field());
        assertEquals(3, named(es, "Tokyo").count());
    }

    // ---- canonical merging ----

    @Test
    void shouldMergeSurnameAndTitledMentionsUnderTheFullName() {
        List<Entity> es = entities("",
                "U.S. President Joe Biden met German Chancellor Olaf Scholz in Berlin on Tuesday.",
                "Biden said the talks were productive. President Biden later flew to Paris, where Scholz joined him.");
        Entity biden = named(es, "Joe Biden");
        assertEquals(3, biden.count(), biden.toString());
        assertEquals(2, named(es, "Olaf Scholz").count());
        assertFalse(names(es).contains("Biden"), names(es).toString());
    }

    @Test
    void shouldResolveKnownAliasesToOneNameKeepingTheAlternative() {
        List<Entity> es = entities("", "Shelling hit Kiev overnight, officials in Kyiv said on Sunday.");
        Entity kyiv = named(es, "Kyiv");
        assertEquals(2, kyiv.count(), kyiv.toString());
        assertTrue(kyiv.aliases().contains("Kiev"));
        assertFalse(names(es).contains("Kiev"));
    }

    @Test
    void shouldMergeAnAcronymWithTheOrganisationItAbbreviates() {
        List<Entity> es = entities("", "The Organization for Security and Cooperation in Europe (OSCE) met in"
                + " Vienna. The OSCE said monitors would return.");
        Entity osce = named(es, "Organization for Security and Cooperation in Europe");
        assertTrue(osce.aliases().contains("OSCE"), osce.toString());
        assertTrue(osce.count() >= 2, osce.toString());
    }

    // ---- casing ----

    @Test
    void shouldNotFloodTitleCaseHeadlinesWithFalseEntities() {
        List<Entity> es = entities("Global Stocks Fall As Investors Weigh Rate Outlook After Strong Jobs Data",
                "Stocks fell worldwide on Friday as investors weighed the outlook for interest rates.");
        assertTrue(es.isEmpty(), names(es).toString());
    }

    @Test
    void shouldFindRealNamesInTitleCaseAndAllCapsHeadlines() {
        List<Entity> title = entities("Biden Vows Strong Response As Russia Masses Troops Near Ukraine",
                "President Joe Biden said on Tuesday that Russia would pay a heavy price.");
        assertTrue(names(title).containsAll(List.of("Joe Biden", "Russia")), names(title).toString());
        assertFalse(names(title).stream().anyMatch(n -> n.contains("Vows") || n.contains("Strong")), names(title).toString());
        assertEquals(Entity.Mention.Field.HEADLINE, named(title, "Joe Biden").mentions().get(0).field());

        List<Entity> caps = entities("BIDEN AND KISHIDA DISCUSS RUSSIA, CHINA IN VIRTUAL SUMMIT",
                "Joe Biden and Fumio Kishida spoke by video link on Friday.");
        assertTrue(names(caps).containsAll(List.of("Joe Biden", "Fumio Kishida", "Russia", "China")),
                names(caps).toString());
        assertTrue(named(caps, "Joe Biden").mentions().stream().anyMatch(m -> m.text().equals("BIDEN")));
    }

    @Test
    void shouldFindNamesInAllCapsParagraphsWithoutTheOddCaseModel() {
        EntityExtractor casedOnly = new EntityExtractor(
                EntityRecognizers.named(EntityRecognizers.CORENLP_CRF), null, 0);
        List<Entity> es = casedOnly.extract(Articles.of("GLOBAL STOCKS FALL AS TOKYO MARKETS SLIDE",
                "Shares fell in Tokyo on Monday.")).entities();
        assertEquals(List.of("Tokyo"), names(es));
        assertEquals(2, named(es, "Tokyo").count());
    }

    @Test
    void shouldTellCasingOfSentences() {
        assertEquals(CasingCheck.Casing.TITLE_CASE, casing("Global Stocks Fall As Investors Weigh Fed Rate Outlook"));
        assertEquals(CasingCheck.Casing.ALL_CAPS, casing("BIDEN AND KISHIDA DISCUSS RUSSIA"));
        assertEquals(CasingCheck.Casing.NORMAL,
                casing("Prime Minister Narendra Modi met Antony Blinken in New Delhi on Saturday."));
        assertEquals(CasingCheck.Casing.NORMAL,
                casing("Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive"));
    }

    @Test
    void shouldTakeAHeadlineAsTitleCaseOnlyWithoutLowerCaseContentWords() {
        assertTrue(CasingCheck.isOddHeadline(TextSegmenter.sentences("Global Stocks Fall As Investors Weigh Fed Rate Outlook").get(0)));
        assertTrue(CasingCheck.isOddHeadline(TextSegmenter.sentences("Talks With Chechen Rebels to Resume in Dagestan").get(0)));
        assertFalse(CasingCheck.isOddHeadline(TextSegmenter.sentences(
                "The Centennial Convention Hall is located in Hayward , California and is part of the Hayward City Center").get(0)));
    }

    private static CasingCheck.Casing casing(String s) {
        return CasingCheck.of(TextSegmenter.sentences(s).get(0));
    }

    // ---- agencies ----

    @Test
    void shouldKeepAnAgencyTheTextIsAboutButDropItsCredits() {
        List<Entity> es = entities("", "LONDON (Reuters) - Thomson Reuters said on Tuesday that Reuters"
                + " journalists in Moscow had been accredited again.", "(Reporting by Guy Faulconbridge)");
        Entity reuters = es.stream().filter(e -> e.name().contains("Reuters")).findFirst().orElseThrow();
        assertTrue(reuters.mentions().stream().noneMatch(m -> m.start() < 18), reuters.toString());
        List<Entity> ani = entities("", "Troops were moved to the border, officials said. (ANI)", "(With inputs from PTI)");
        assertFalse(names(ani).contains("ANI") || names(ani).contains("PTI"), names(ani).toString());
    }

    // ---- demonyms ----

    @Test
    void shouldNotMakePlacesOfDemonyms() {
        List<Entity> es = entities("", "Japanese and Russian diplomats met in Geneva.");
        assertFalse(names(es).contains("Japanese") || names(es).contains("Russian"), names(es).toString());
        assertTrue(names(es).contains("Geneva"), names(es).toString());
    }

    @Test
    void shouldNotTakeAnAgencyAliasInACreditForAnEntity() {
        List<Entity> es = entities("", "Talks resumed on Monday, officials said. (Agence France-Presse/NDTV)");
        assertFalse(names(es).stream().anyMatch(n -> n.contains("Agence") || n.contains("NDTV")), names(es).toString());
    }

    // ---- robustness ----

    @Test
    void shouldKeepAHyphenatedOrganisationWhole() {
        List<Entity> found = entities("Talks resume",
                "Diplomats met at the NATO-Russia Council in Brussels on Wednesday, officials said.",
                "The Russia-Ukraine talks were not on the agenda.");
        Entity council = named(found, "NATO-Russia Council");
        assertEquals(Entity.Type.ORGANISATION, council.type());
        assertFalse(names(found).contains("Russia Council"), names(found).toString());
        assertEquals(Entity.Type.PLACE, named(found, "Ukraine").type());
    }

    @Test
    void shouldKeepAnOrganisationNamedAfterItsPlaceWhole() {
        List<Entity> found = entities("Poll body sets date",
                "The Election Commission of Pakistan said on Monday the vote would be held in February.",
                "The Bank of England held rates, while the Central Bank of the Republic of Turkey cut them.");
        assertEquals(Entity.Type.ORGANISATION, named(found, "Election Commission of Pakistan").type());
        assertEquals(Entity.Type.ORGANISATION, named(found, "Bank of England").type());
        assertFalse(names(found).contains("Election Commission"), names(found).toString());
    }

    @Test
    void shouldCallACountryNameAPlaceWhateverTheModelGuessed() {
        List<Entity> found = entities("Typhoon Haiyan Slams Into Central Philippines",
                "MANILA, Nov 8 (AP) - Typhoon Haiyan slammed into the central Philippines on Friday.");
        assertEquals(Entity.Type.PLACE, named(found, "Philippines").type());
    }

    @Test
    void shouldNotTakeAStormForAPerson() {
        List<Entity> found = entities("Storm hits coast",
                "Typhoon Haiyan killed thousands in the Philippines, and Hurricane Katrina flooded New Orleans.",
                "President Benigno Aquino visited Tacloban on Sunday.");
        List<String> people = found.stream().filter(e -> e.type() == Entity.Type.PERSON).map(Entity::name).toList();
        assertFalse(people.stream().anyMatch(p -> p.contains("Haiyan") || p.contains("Katrina")), people.toString());
        assertTrue(people.contains("Benigno Aquino"), people.toString());
    }

    @Test
    void shouldNotTakeACommonWordInATitleCaseHeadlineForAPerson() {
        List<Entity> found = entities("U.S. Senate Passes $95 Billion Ukraine, Israel Aid Bill",
                "The U.S. Senate on Tuesday passed a $95 billion aid package for Ukraine and Israel.");
        List<String> people = found.stream().filter(e -> e.type() == Entity.Type.PERSON).map(Entity::name).toList();
        assertEquals(List.of(), people);
        assertEquals(Entity.Type.PLACE, named(found, "Ukraine").type());
    }

    @Test
    void shouldRecaseADatelinePlaceWrittenInCapitals() {
        List<Entity> found = entities("Senate passes aid package",
                "WASHINGTON, Feb 13 (Reuters) - The Senate passed the package on Tuesday.");
        assertEquals(Entity.Type.PLACE, named(found, "Washington").type());
    }

    @Test
    void shouldHandleAnEmptyArticle() {
        assertTrue(X.extract(Articles.of("")).entities().isEmpty());
        assertTrue(X.extract(Articles.of("", "", " ", "\n")).entities().isEmpty());
    }

    @Test
    void shouldHandleALongBodyWithRunOnSentences() {
        StringBuilder b = new StringBuilder();
        // A run-on stretch longer than a sentence chunk, then ordinary text: offsets must hold across chunks.
        for (int i = 0; b.length() < 3 * TextSegmenter.MAX_SENTENCE_TOKENS * 6; i++) {
            b.append(i % 7 == 0 ? "Kishida " : "and talks ");
        }
        Random r = new Random(7);
        String[] words = {"the", "minister", "said", "Tokyo", "on", "Monday", "and", "talks", "NATO", "x",
                "\u00e9t\u00e9", "(", ")", "\"", "Kishida", "...", "\u2014", "123", "\n"};
        while (b.length() < 60_000) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(9) == 0 ? ". " : " ");
        }
        Article a = new EntityExtractor(ExtractConfig.defaults().withCacheSize(0)).extract(Articles.of("", b.toString()));
        assertOffsets(a);
        assertFalse(a.entities().isEmpty());
    }

    @Test
    void shouldSurviveRandomInput() {
        Random r = new Random(42);
        for (int n = 0; n < 50; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                b.append((char) (r.nextInt(3) == 0 ? ' ' + r.nextInt(95) : r.nextInt(0x3000)));
            }
            assertOffsets(X.extract(Articles.of(b.substring(0, 40), b.toString())));
        }
    }

    // ---- engines, cache, threads ----

    @Test
    void shouldRejectUnknownEngines() {
        assertThrows(IllegalArgumentException.class, () -> EntityRecognizers.named("spacy"));
        assertThrows(IllegalArgumentException.class, () -> new ExtractConfig("none", "none", 1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractConfig("corenlp-crf", "none", -1));
    }

    @Test
    void shouldGiveTheSameAnswerFromTheCache() {
        EntityExtractor cached = new EntityExtractor(ExtractConfig.defaults().withCacheSize(1000));
        Article first = cached.extract(Articles.tokyoEmbassy());
        Article second = cached.extract(Articles.tokyoEmbassy());
        assertEquals(first.entities(), second.entities());
        assertTrue(cached.cacheStats().hitCount() > 0);
    }

    @Test
    void shouldGiveTheSameAnswersFromManyThreads() throws Exception {
        EntityExtractor uncached = new EntityExtractor(ExtractConfig.defaults().withCacheSize(0));
        Article sample = Articles.tokyoEmbassy();
        List<Entity> expected = uncached.extract(sample).entities();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> uncached.extract(sample).entities()));
            }
            for (Future<List<Entity>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
