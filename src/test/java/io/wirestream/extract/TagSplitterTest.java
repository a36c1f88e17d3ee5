package io.wirestream.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.wirestream.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TagSplitterTest {

    private static final String SAMPLE_TEXT = "Russian Embassy in Japan says Tokyo's position on Ukraine's"
            + " issue counterproductive\n\nOn Friday, US President Joe Biden and Japanese Prime Minister"
            + " Fumio Kishida held a virtual meeting, according to the White House. The Russian embassy"
            + " said ... the West and Kiev of alleged military build-up.";

    private final TagSplitter splitter = new TagSplitter();

    private List<String> split(String text, String... raw) {
        return splitter.split(Arrays.asList(raw), text).stream().map(Tag::name).toList();
    }

    @Test
    void shouldSplitTheScrapedSampleTagLine() {
        assertEquals(List.of("Tokyo", "Kiev", "Russian Embassy", "White House", "Joe Biden", "Fumio Kishida"),
                split(SAMPLE_TEXT, "TokyoKievRussian EmbassyWhite HouseJoe BidenFumio kishida"));
    }

    @Test
    void shouldSplitAnAcronymRunIntoAWord() {
        assertEquals(List.of("NATO", "Ukraine"), split("", "NATOUkraine"));
        assertEquals(List.of("US", "Japan"), split("", "USJapan"));
        assertEquals(List.of("White House", "NATO"), split("", "White HouseNATO"));
        assertEquals(List.of("G20", "India"), split("", "G20India"));
        assertEquals(List.of("UNGA", "iPhone 16"), split("", "UNGAiPhone 16"));
    }

    @Test
    void shouldKeepCamelCaseBrandsAndNamePrefixes() {
        assertEquals(List.of("iPhone", "YouTube", "WhatsApp", "LinkedIn", "PayPal", "BlackRock", "OpenAI",
                        "JPMorgan"),
                split("", "iPhone, YouTube, WhatsApp, LinkedIn, PayPal, BlackRock, OpenAI, JPMorgan"));
        assertEquals(List.of("Apple", "iPhone", "Google", "YouTube", "JPMorgan", "OpenAI"),
                split("", "AppleiPhoneGoogleYouTubeJPMorganOpenAI"));
        assertEquals(List.of("McDonald's", "MacArthur", "Ron DeSantis", "LeBron James", "Conan O'Brien"),
                split("", "McDonald'sMacArthurRon DeSantisLeBron JamesConan O'Brien"));
        assertEquals(List.of("Joe Biden", "John McCain"), split("", "Joe BidenJohn McCain"));
    }

    @Test
    void shouldNotLeaveOneLetterPieces() {
        assertEquals(List.of("SpaceX", "eBay", "xAI"), split("", "SpaceX|eBay|xAI"));
    }

    @Test
    void shouldSplitOnSeparatorsAndDropALabel() {
        assertEquals(List.of("Tokyo", "Kiev", "White House", "Ukraine"),
                split("", "Tags: Tokyo, Kiev; White House | #Ukraine\n"));
        assertEquals(List.of("Tokyo", "Kiev"), split("", "Tokyo", "  Kiev  "));
    }

    @Test
    void shouldTakeTheCasingOfTheText() {
        assertEquals(List.of("Fumio Kishida"), split("Fumio Kishida said", "fumio kishida"));
        assertEquals(List.of("NATO"), split("talks with NATO allies", "nato"));
        assertEquals(List.of("US"), split("they told us. the US said", "US"));
    }

    @Test
    void shouldTitleCaseOnlyAllLowerCaseWords() {
        assertEquals(List.of("Fumio Kishida"), split("", "Fumio kishida"));
        assertEquals(List.of("Prime Minister of India"), split("", "prime minister of india"));
        assertEquals(List.of("Al-Qaeda"), split("", "al-qaeda"));
        assertEquals(List.of("iPhone 15 Launch"), split("", "iPhone 15 launch"));
        assertEquals(List.of("Fumio Kishida"), split("FUMIO KISHIDA MEETS BIDEN", "fumio kishida"));
    }

    @Test
    void shouldDedupeIgnoringCaseAndKeepTheFirst() {
        assertEquals(List.of("Tokyo", "Kiev"), split("", "Tokyo, tokyo, TokyoKiev, KIEV"));
    }

    @Test
    void shouldReturnNothingForEmptyInput() {
        assertEquals(List.of(), split("", ""));
        assertEquals(List.of(), split(null, " ,; | \n"));
        assertEquals(List.of(), splitter.split(List.of(), "text"));
        assertEquals(List.of(), splitter.split(Arrays.asList((String) null), null));
    }

    @Test
    void shouldNotFailOnRandomInput() {
        Random random = new Random(42L);
        String alphabet = "aAbBkKMcDe iPhone,;|\n'-#0123456789ÉéßİıTAGS:\uD83D\uDE00";
        for (int round = 0; round < 2_000; round++) {
            List<String> raw = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(60); i > 0; i--) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                raw.add(sb.toString());
            }
            String text = raw.isEmpty() ? "" : String.join(" ", raw).toLowerCase(java.util.Locale.ROOT);
            for (Tag tag : splitter.split(raw, text)) {
                assertFalse(tag.name().isBlank());
            }
        }
    }
}
