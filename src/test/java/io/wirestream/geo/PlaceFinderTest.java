package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

    private final PlaceFinder finder = PlaceFinder.standard();

    /** The mentions in {@code text} as {@code "written=CODE"}. */
    private List<String> found(String text) {
        return finder.find(text).stream().map(m -> m.text() + "=" + m.country().code()).toList();
    }

    @Test
    void shouldPreferTheLongestName() {
        assertEquals(List.of("New Delhi=IN"), found("Talks in New Delhi ended."));
        assertEquals(List.of("Delhi=IN"), found("Talks in Delhi ended."));
        assertEquals(List.of("South Africa=ZA"), found("South Africa and Africa."));
        assertEquals(List.of("Papua New Guinea=PG", "Guinea=GN"), found("Papua New Guinea, not Guinea"));
        assertEquals(List.of("Guinea-Bissau=GW"), found("Guinea-Bissau votes"));
        assertEquals(List.of("North Korea=KP", "South Korean=KR"), found("North Korea fired; South Korean troops"));
        assertEquals(List.of("New Mexico=US"), found("a ranch in New Mexico"));
    }

    @Test
    void shouldMatchPossessives() {
        assertEquals(List.of("Tokyo=JP", "Russia=RU"), found("Tokyo's position on Russia's borders"));
        assertEquals(List.of("Kenyans=KE"), found("Kenyans’ savings"));
    }

    @Test
    void shouldMatchBothSidesOfHyphenCompounds() {
        assertEquals(List.of("Russia=RU", "Ukraine=UA"), found("Russia-Ukraine relations"));
        assertEquals(List.of("Japan=JP", "US=US"), found("the Japan-US summit"));
        assertEquals(List.of("Russia=RU"), found("the NATO-Russia Council"));
        assertEquals(List.of("Russian=RU", "Japanese=JP"), found("Russian-Japanese relations"));
    }

    @Test
    void shouldMatchAllCapsHeadlines() {
        assertEquals(List.of("JAPAN=JP", "US=US", "RUSSIA=RU"), found("JAPAN, US WARN RUSSIA OVER UKRAINE BUILD-UP").subList(0, 3));
        assertEquals(List.of("NEW DELHI=IN"), found("NEW DELHI, Jan 22"));
    }

    @Test
    void shouldNotMatchCommonWordsInLowerCase() {
        assertEquals(List.of(), found("They told us about the turkey dinner on china plates."));
        assertEquals(List.of(), found("Us and them; a jersey; polish the chad"));
    }

    @Test
    void shouldNotMatchInsideWords() {
        assertEquals(List.of(), found("Indiana, Omaha, Perugia, Romanesque, Chadwick, Perusal"));
        assertEquals(List.of("Niger=NE", "Nigeria=NG"), found("Niger and Nigeria"));
    }

    @Test
    void shouldDropPhrasesThatAreNotPlaces() {
        assertEquals(List.of(), found("across the Indian Ocean and Latin America"));
        assertEquals(List.of("Indian=IN"), found("an Indian ship in the Persian Gulf"));
    }

    @Test
    void shouldResolveCitiesAndDemonymsWithOffsets() {
        String text = "Pakistani envoy in Nairobi";
        List<PlaceMention> ms = finder.find(text);
        assertEquals(2, ms.size());
        assertEquals(PlaceMention.Kind.DEMONYM, ms.get(0).kind());
        assertEquals("PK", ms.get(0).country().code());
        assertEquals(PlaceMention.Kind.CITY, ms.get(1).kind());
        assertEquals("Nairobi", text.substring(ms.get(1).start(), ms.get(1).end()));
    }

    @Test
    void shouldMatchDottedAcronymsAndTypographicApostrophes() {
        assertEquals(List.of("U.S.=US", "Côte d’Ivoire=CI"), found("U.S.-led talks with Côte d’Ivoire"));
    }

    @Test
    void shouldNotFailOnRandomText() {
        Random random = new Random(20240122L);
        String alphabet = "aAbBcCdDeEUSsJjkK .,'’-\n\t0123456789éÜ\u00A0\uD83D\uDE00";
        String[] words = {"Japan", "New", "Delhi", "Guinea", "Papua", "US", "U.S.", "'s", "-", "Côte", "d'Ivoire"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(200);
            for (int i = 0; i < len; i++) {
                if (random.nextInt(5) == 0) {
                    sb.append(words[random.nextInt(words.length)]);
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = sb.toString();
            for (PlaceMention m : finder.find(text)) {
                assertTrue(m.end() <= text.length());
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
    }
}
