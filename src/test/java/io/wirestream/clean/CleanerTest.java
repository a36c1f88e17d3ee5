package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Removal;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CleanerTest {

    /** The real story of the sample, paragraph by paragraph, credit taken off the last one. */
    private static final List<String> STORY = List.of(
            "The Russian Embassy in Japan said on Saturday that Tokyo's position toward Russia in the context of the "
                    + "situation around Ukraine was inadmissible and counterproductive, citing recent talks between "
                    + "Washington and Tokyo.",
            "On Friday, US President Joe Biden and Japanese Prime Minister Fumio Kishida held a virtual meeting and "
                    + "discussed, in particular, \"the challenges that Russia is presenting to Ukraine\" and agreed to "
                    + "stay in close contact on developments in Ukraine, according to the White House.",
            "\"We were puzzled to read reports that at yesterday's Japan-US summit, the Japanese side tried to "
                    + "threaten Russia with some 'strong actions,' the ones 'coordinated with the US and other allies "
                    + "and partners,' in the Ukrainian context,\" the Russian embassy said on Facebook.",
            "Obviously, those statements are unacceptable, senseless, and counterproductive for the Russian-Japanese "
                    + "relations and the dialogue between the nations, the embassy added.",
            "\"We would sincerely advise our Japanese colleagues to read into the text of Russian initiatives on "
                    + "mutual security guarantees with the US and NATO, as well as to assess impartially the aggressive "
                    + "activities of the North Atlantic alliance in its eastward expansion toward Russian borders and "
                    + "military territorial development of Russia's neighbor Ukraine,\" the embassy said.",
            "Russia has repeatedly rejected accusations of the West and Kiev of alleged military build-up and "
                    + "preparations for invading Ukraine. The allegations might be used as a pretext for deployment more "
                    + "NATO military equipment near Russian borders, according to Moscow.",
            "In late 2021, Russia presented draft proposals on security guarantees in Europe to the United States and "
                    + "NATO. On January 10, Russia and the US held strategic stability talks in Geneva, followed by a "
                    + "meeting of the NATO-Russia Council in Brussels on January 12, and the Organization for Security "
                    + "and Cooperation in Europe talks in Vienna the next day. Russia-Ukraine relations were high on the "
                    + "agenda during talks.");

    private static Article cleanSample() {
        try (InputStream in = CleanerTest.class.getResourceAsStream("/io/wirestream/samples/ani-tokyo-embassy.txt")) {
            FeedItem item = new FeedParser().parse(null, in.readAllBytes(), "text/plain");
            return Cleaner.standard().clean(item);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldKeepEveryStoryParagraphOfTheSampleExactlyOnceAndNothingElse() {
        Article article = cleanSample();
        assertEquals(STORY, article.paragraphs());
        assertTrue(article.body().startsWith("The Russian Embassy in Japan said on Saturday"));
        assertTrue(article.body().endsWith("were high on the agenda during talks."));
        assertEquals("ANI/Sputnik", article.credit());
        assertEquals("Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive",
                article.headline());
        for (String gone : List.of("Disclaimer", "auto-published", "Open in App", "Related Stories", "Realted",
                "Epaper", "With inputs from", "Tags:")) {
            assertFalse(article.body().contains(gone), gone);
        }
        assertFalse(article.paragraphs().contains("City"));
    }

    @Test
    void shouldCleanBothScrapesOfTheSeedStoryToTheSameBody() {
        Article seed = cleanDemo("ani-tokyo-embassy.txt");
        Article other = cleanDemo("ani-tokyo-embassy-other-portal.txt");
        assertEquals(STORY, seed.paragraphs());
        assertEquals(seed.body(), other.body());
        assertEquals(seed.credit(), other.credit());
    }

    private static Article cleanDemo(String name) {
        try (InputStream in = CleanerTest.class.getResourceAsStream("/io/wirestream/cli/demo/" + name)) {
            return Cleaner.standard().clean(new FeedParser().parse(null, in.readAllBytes(), "text/plain"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void shouldRecordEveryRemovalByRule() {
        Article article = cleanSample();
        List<String> rules = article.removals().stream().map(Removal::rule).distinct().toList();
        assertTrue(rules.containsAll(List.of("related-stories", "disclaimer", "page-chrome", "inputs-line",
                "repeated-lead", "credit-line")), rules.toString());
        assertTrue(article.removals().contains(new Removal("repeated-lead", "The Russian Embassy in Japan on "
                + "Saturday that Tokyo's position toward Russia in the context of the situation around Ukraine was "
                + "inadmissible and counterproductive, citing recent talks between Washington and Tokyo.")));
        assertTrue(article.removals().contains(new Removal("credit-line", "(ANI/Sputnik)")));
    }

    @Test
    void shouldCarryTheItemFieldsOver() {
        Article article = cleanSample();
        assertEquals("ANI", article.agency());
        assertEquals("IST", article.item().zone());
        assertEquals(1, article.version());
        assertEquals(List.of("TokyoKievRussian EmbassyWhite HouseJoe BidenFumio kishida"), article.item().rawTags());
    }

    @Test
    void shouldTakeTheAgencyFromACreditThatNamesOneWhenNothingElseNamedIt() {
        FeedItem signed = new FeedItem("x", null, "Cocoa review", null, null,
                List.of("Showers continued throughout the week in the cocoa zone.", "Reuter"),
                null, null, null, null, null, null, FeedItem.SourceFormat.TEXT);
        Article article = Cleaner.standard().clean(signed);
        assertEquals("Reuters", article.credit());
        assertEquals("Reuters", article.agency());

        FeedItem pooled = new FeedItem("y", null, "Floods", null, null,
                List.of("Floods hit the region on Monday, officials said. (dpa/AFP/Reuters)"),
                null, null, null, null, null, null, FeedItem.SourceFormat.TEXT);
        assertEquals(null, Cleaner.standard().clean(pooled).agency(), "several agencies: none is the one");

        FeedItem envelope = new FeedItem("z", "AP", "Floods", null, null,
                List.of("Floods hit the region on Monday, officials said. (Reuters)"),
                null, null, null, null, null, null, FeedItem.SourceFormat.JSON);
        assertEquals("AP", Cleaner.standard().clean(envelope).agency(), "the envelope's agency stands");
    }

    @Test
    void shouldNormaliseToNfkcOnce() {
        FeedItem item = new FeedItem("x", null, "ﬁnal ｈｅａｄｌｉｎｅ", null, null, List.of("ﬁrst para", "  "),
                null, null, null, null, null, null, FeedItem.SourceFormat.JSON);
        Article article = Cleaner.standard().clean(item);
        assertEquals("final headline", article.headline());
        assertEquals(List.of("first para"), article.paragraphs());
    }

    @Test
    void shouldNeverThrowOnRandomInput() {
        Random random = new Random(42L);
        List<String> pieces = new ArrayList<>(STORY);
        Collections.addAll(pieces, "Open in App", "Related Stories", "( With inputs from ANI )", "(ANI)", "Tags: a, b",
                "Disclaimer: This post has been auto-published from an agency feed", "City", "(", ")", "", " ",
                "Also Read: x", "-- Reuters", "|", " - ", "Comments (", "International Realted Stories");
        for (int i = 0; i < 3000; i++) {
            List<String> paragraphs = new ArrayList<>();
            int n = random.nextInt(12);
            for (int k = 0; k < n; k++) {
                paragraphs.add(random.nextInt(3) == 0 ? randomText(random)
                        : mix(pieces.get(random.nextInt(pieces.size())), random));
            }
            String headline = random.nextBoolean() ? randomText(random)
                    : mix("Headline | India News", random);
            FeedItem item = new FeedItem("id-" + i, null, headline, null, null, paragraphs, null, null, null,
                    null, null, Map.of(), FeedItem.SourceFormat.TEXT);
            Article article = Cleaner.standard().clean(item);
            assertNotNull(article.paragraphs());
            assertFalse(article.paragraphs().stream().anyMatch(String::isBlank));
        }
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(200);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(random.nextInt(5) == 0 ? random.nextInt(0x2FFFF) + 1
                    : " ()[]|-—:./ABCabc".charAt(random.nextInt(17)));
        }
        return s.toString();
    }

    private static String mix(String s, Random random) {
        if (s.isEmpty() || random.nextBoolean()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        b.insert(random.nextInt(b.length() + 1), "()|-".charAt(random.nextInt(4)));
        return random.nextBoolean() ? b.toString() : b.substring(0, random.nextInt(b.length() + 1));
    }
}
