package io.wirestream.geo;

import static io.wirestream.geo.GeoArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.text.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionClassifierTest {

    private final RegionClassifier classifier = new RegionClassifier();

    private RegionAssignment regions(String dateline, String headline, String... paragraphs) {
        return classifier.classify(article(dateline, headline, paragraphs)).regions();
    }

    private Article classified(String dateline, String headline, String... paragraphs) {
        return classifier.classify(article(dateline, headline, paragraphs));
    }

    private static Place place(Article a, String name) {
        return a.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.places()));
    }

    @Test
    void shouldReadAStateAbbreviationInTheDateline() {
        Article a = classified(null, "", "STAMFORD, Conn., Feb 26 - Xerox Corp said first-quarter profit rose.");
        assertEquals(Region.AMERICAS, a.regions().primary());
        Place stamford = place(a, "Stamford");
        assertEquals("US", stamford.countryCode());
        assertEquals("US.CT", stamford.admin1());
        assertEquals(4843564L, stamford.geonameId());
    }

    @Test
    void shouldPlaceATownTooSmallForTheTableByItsState() {
        Article a = classified(null, "", "ELWOOD, KAN., March 3 - A grain elevator exploded on Tuesday.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks());
        assertEquals("US.KS", a.places().get(0).admin1());
    }

    @Test
    void shouldReadEveryCommonDatelineForm() {
        assertEquals(Region.AMERICAS, regions(null, "", "CLEVELAND, Feb 26 - Profit fell.").primary());
        assertEquals(Region.AMERICAS, regions(null, "", "BEVERLY HILLS, Calif., March 1 (Reuters) - Shares rose.").primary());
        assertEquals(Region.AMERICAS, regions(null, "", "MINNEAPOLIS (Reuters) - A merger was agreed.").primary());
        assertEquals(Region.SOUTH_ASIA, regions(null, "", "New Delhi [India], January 22 (ANI): The minister spoke.").primary());
        assertEquals(Region.AMERICAS, regions("Stamford", "", "STAMFORD, Conn., Feb 26 - Profit rose.").primary());
        assertEquals(Region.AMERICAS, regions("PORTLAND, Ore., Feb 26 -", "", "Profit rose.").primary());
        assertEquals(Region.EUROPE, regions("PORTLAND, England", "", "Profit rose.").primary());
    }

    @Test
    void shouldMapFormerStatesToTodaysCountries() {
        assertEquals("RU", classified(null, "USSR buys U.S. grain").places().stream()
                .filter(p -> p.name().equals("Russia")).findFirst().orElseThrow().countryCode());
        assertEquals(Region.EUROPE, regions(null, "West German bank rates unchanged").primary());
        assertEquals(Region.AFRICA, regions(null, "Zaire copper output rises").primary());
        assertEquals(Region.ASIA, regions(null, "Burma rice exports fall").primary());
        assertEquals(Region.SOUTH_ASIA, regions(null, "Ceylon tea auction prices firm").primary());
        assertEquals(Region.EUROPE, regions(null, "Yugoslavia and Czechoslovakia sign trade pact").primary());
        assertEquals(Region.AFRICA, regions(null, "Rhodesia talks resume").primary());
    }

    @Test
    void shouldKnowFormerCityNames() {
        assertEquals("IN", classified(null, "Bombay stocks close higher").places().get(0).countryCode());
        assertEquals("CN", classified(null, "Peking announces new tariffs").places().get(0).countryCode());
        assertEquals("VN", classified("SAIGON", "Fighting reported").places().get(0).countryCode());
        assertEquals("RU", classified("LENINGRAD", "Shipyard strike").places().get(0).countryCode());
    }

    @Test
    void shouldTellGeorgiaTheStateFromGeorgiaTheCountry() {
        assertEquals(List.of(Region.AMERICAS), regions(null, "Georgia governor signs budget",
                "The governor signed the bill in Atlanta on Tuesday.").desks());
        assertEquals(List.of(Region.EUROPE), regions(null, "Georgia and Russia trade accusations",
                "Officials in Tbilisi said talks had failed.").desks());
        assertEquals(Region.EUROPE, regions(null, "Georgia holds parliamentary election").primary());
    }

    @Test
    void shouldPutWashingtonTheStateAndTheCapitalInTheUnitedStates() {
        assertEquals(List.of(Region.AMERICAS), regions("WASHINGTON", "Senate passes bill").desks());
        Article a = classified(null, "Washington state wildfires spread", "Fires burned east of Seattle.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks());
        assertEquals("US.WA", place(a, "Washington").admin1());
    }

    @Test
    void shouldTellParisTexasFromParisFrance() {
        assertEquals(Region.EUROPE, regions("PARIS", "Strikes disrupt trains").primary());
        Article texas = classified(null, "", "PARIS, Texas, May 2 - A tornado damaged homes.");
        assertEquals(Region.AMERICAS, texas.regions().primary());
        assertEquals("US.TX", texas.places().get(0).admin1());
        Article context = classified(null, "Storm hits Paris", "The storm moved from Dallas towards Paris, officials in Texas said.");
        assertEquals(List.of(Region.AMERICAS), context.regions().desks(), context.regions().evidence().toString());
    }

    @Test
    void shouldTellArmeniaTheCountryFromArmeniaInColombia() {
        assertEquals(Region.EUROPE, regions(null, "Armenia and Azerbaijan resume talks").primary());
        assertEquals(Region.AMERICAS, regions(null, "", "ARMENIA, Colombia, Jan 25 - An earthquake struck the coffee region.").primary());
    }

    @Test
    void shouldNotTakeOrdinaryWordsForCities() {
        assertEquals(RegionAssignment.unknown(), regions(null, "Reading habits change",
                "Reading is down. Mobile phone sales are up. Nice weather helped."));
        Article nice = classified(null, "", "NICE, France, July 14 - Crowds gathered on the seafront.");
        assertEquals(Region.EUROPE, nice.regions().primary());
        Article mobile = classified(null, "", "MOBILE, Ala., Feb 2 - The port reopened.");
        assertEquals("US.AL", mobile.places().get(0).admin1());
        Article reading = classified(null, "", "READING, England, Feb 2 - The festival was cancelled.");
        assertEquals(Region.EUROPE, reading.regions().primary());
    }

    @Test
    void shouldTakeTurkeyTheBirdAndLowercaseChinaForWhatTheyAre() {
        assertEquals(RegionAssignment.unknown(), regions(null, "Turkey prices rise before Thanksgiving",
                "A frozen turkey costs more this year."));
        assertEquals(RegionAssignment.unknown(), regions(null, "Auction of fine china sets record",
                "The china was sold for a record sum."));
        assertEquals(Region.MIDDLE_EAST, regions(null, "Turkey raises interest rates").primary());
    }

    @Test
    void shouldTellNigerFromNigeria() {
        Article a = classified(null, "Niger and Nigeria close border", "Niamey and Abuja agreed.");
        assertEquals("NE", place(a, "Niger").countryCode());
        assertEquals("NG", place(a, "Nigeria").countryCode());
        assertEquals(List.of(Region.AFRICA), a.regions().desks());
    }

    @Test
    void shouldNotTakeAPersonsNameForACountry() {
        Article a = article(null, "Michael Jordan buys stake in team");
        a = a.withEntities(List.of(new Entity("Michael Jordan", Entity.Type.PERSON,
                List.of(new Entity.Mention("headline", 0, 14, "Michael Jordan")), List.of())));
        Article c = classifier.classify(a);
        assertEquals(RegionAssignment.unknown(), c.regions());
        assertEquals(List.of(), c.places());
    }

    @Test
    void shouldNotCountAPlaceNameInsideAPersonTheBodyNames() {
        String body = "Paris Hilton arrived in Los Angeles on Monday for the premiere.";
        Article a = article(null, "Premiere draws crowds", body).withEntities(List.of(
                new Entity("Paris Hilton", Entity.Type.PERSON, List.of(new Entity.Mention("body", 0, 12, "Paris Hilton")),
                        List.of()),
                new Entity("Los Angeles", Entity.Type.PLACE, List.of(new Entity.Mention("body", 24, 35, "Los Angeles")),
                        List.of())));
        Article c = classifier.classify(a);
        assertEquals(Region.AMERICAS, c.regions().primary());
        assertTrue(c.places().stream().noneMatch(p -> p.name().equals("Paris")), c.places().toString());
    }

    @Test
    void shouldNotCountATownWhoseNameEndsALongerPlace() {
        // "Sabha" is also a town in Libya: inside "Rajya Sabha" (India's upper house) it names no town.
        String headline = "Opposition walks out of Rajya Sabha over price rise";
        String body = "Opposition members staged a walkout from the Rajya Sabha in New Delhi on Sunday.";
        Article a = article(null, headline, body).withEntities(List.of(
                new Entity("Rajya Sabha", Entity.Type.PLACE, List.of(new Entity.Mention("headline", 24, 35, "Rajya Sabha"),
                        new Entity.Mention("body", 45, 56, "Rajya Sabha")), List.of()),
                new Entity("New Delhi", Entity.Type.PLACE, List.of(new Entity.Mention("body", 60, 69, "New Delhi")),
                        List.of())));
        assertEquals("Rajya Sabha", headline.substring(24, 35));
        assertEquals("Rajya Sabha", body.substring(45, 56));
        assertEquals("New Delhi", body.substring(60, 69));
        Article c = classifier.classify(a);
        assertEquals(Region.SOUTH_ASIA, c.regions().primary());
        assertEquals(List.of(Region.SOUTH_ASIA), c.regions().desks());
        assertTrue(c.places().stream().noneMatch(p -> "LY".equals(p.countryCode())), c.places().toString());
    }

    private static Entity organisation(String text, String name) {
        int at = text.indexOf(name);
        return new Entity(name, Entity.Type.ORGANISATION, List.of(new Entity.Mention("body", at, at + name.length(), name)),
                List.of());
    }

    @Test
    void shouldNotCountATownOrProvinceInsideAnOrganisationsName() {
        String body = "The Trades Union Congress and the Organisation of African Unity welcomed the pledge, "
                + "and the Patriotic Union of Kurdistan said so too.";
        Article a = article("LONDON", "Unions welcome pledge", body).withEntities(List.of(
                organisation(body, "Trades Union Congress"), organisation(body, "Organisation of African Unity"),
                organisation(body, "Patriotic Union of Kurdistan")));
        Article c = classifier.classify(a);
        assertEquals(List.of(Region.EUROPE), c.regions().desks(), c.regions().toString());
        assertEquals(List.of("London"), c.places().stream().map(Place::name).toList());
    }

    @Test
    void shouldStillCountThePlaceThatOpensAnOrganisationsNameOrACountryInIt() {
        String body = "Georgia Power delayed the unit, and Union Bank of Switzerland lent the money.";
        Article a = article("ATLANTA", "Georgia Power delays nuclear unit", body).withEntities(List.of(
                organisation(body, "Georgia Power"), organisation(body, "Union Bank of Switzerland")));
        Article c = classifier.classify(a);
        assertEquals(Region.AMERICAS, c.regions().primary(), c.regions().toString());
        assertEquals("US.GA", place(c, "Georgia").admin1());
        assertEquals("CH", place(c, "Switzerland").countryCode());
    }

    @Test
    void shouldNotTakeAProvinceTheNerReadAsAnOrganisationWithoutSupport() {
        String body = "A Delta flight attendant was fired over her blog, Delta said.";
        int first = body.indexOf("Delta");
        int second = body.lastIndexOf("Delta");
        Article a = article(null, "Blogger fired by her airline", body).withEntities(List.of(new Entity("Delta",
                Entity.Type.ORGANISATION, List.of(new Entity.Mention("body", first, first + 5, "Delta"),
                new Entity.Mention("body", second, second + 5, "Delta")), List.of())));
        Article c = classifier.classify(a);
        assertTrue(c.places().stream().noneMatch(p -> "NG".equals(p.countryCode())), c.places().toString());
    }

    @Test
    void shouldNotTakeATownNamedByAnAlternateNameAsEvidenceForItsCountry() {
        // "Westminster" is also a town in Colorado and in California: it must not make "Liberal" (Kansas) a place.
        String lead = "Labour leader Tony Blair spoke at Church House in Westminster.";
        int at = lead.indexOf("Westminster");
        Article c = classifier.classify(article("LONDON", "Labour unveils manifesto", lead,
                "Liberal Democrat leader Paddy Ashdown said the draft offered nothing new.").withEntities(List.of(
                new Entity("Westminster", Entity.Type.PLACE, List.of(new Entity.Mention("body", at, at + 11,
                        "Westminster")), List.of()))));
        assertEquals(List.of(Region.EUROPE), c.regions().desks(), c.regions().toString());
        assertTrue(c.places().stream().noneMatch(p -> "US".equals(p.countryCode())), c.places().toString());
    }

    @Test
    void shouldNotCountACurrencysCountryOrACapitalsHeadlineWordTheBodyWritesInLowerCase() {
        Article c = classified("TOKYO", "BANK OF JAPAN BUYS DOLLARS",
                "TOKYO, March 3 - The Bank of Japan bought U.S. dlrs in Tokyo, dealers said, as the U.S. currency "
                        + "fell to 150 yen and the Canadian dollar slipped.");
        assertEquals(List.of(Region.ASIA), c.regions().desks(), c.regions().toString());
        Article cocoa = classified("SALVADOR", "BAHIA COCOA REVIEW",
                "SALVADOR, Feb 26 - Showers helped the cocoa zone of Bahia, traders said.");
        assertTrue(cocoa.places().stream().noneMatch(p -> "Cocoa".equals(p.name())), cocoa.places().toString());
    }

    @Test
    void shouldPreferAPlaceByItsOwnNameToOneByAnAlternateNameOnATie() {
        // "White House" is also an alternate name of Casablanca ("Dar al-Bayda").
        Article c = classified(null, "Budget due", "The White House will announce its budget on Monday.");
        assertEquals("US", place(c, "White House").countryCode());
    }

    @Test
    void shouldPlaceAHeadquartersTownTooSmallForTheTableByItsQualifier() {
        Article a = classified(null, "IBM sees higher profit", "ARMONK, N.Y., Oct 17 - International Business "
                + "Machines Corp said it expects higher profit.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks(), a.regions().toString());
        assertEquals("US.NY", a.places().get(0).admin1());
    }

    @Test
    void shouldNotCountADatelineOnItsOwnLineTwice() {
        Article a = classified("LONDON", "SOCCER - RESULTS", "LONDON 1996-08-30", "Results of English league matches.");
        List<RegionAssignment.Evidence> evidence = a.regions().evidence();
        assertEquals(1, evidence.size(), evidence.toString());
        assertEquals("dateline", evidence.get(0).field());
    }

    @Test
    void shouldStillCountATownNarrowedByAQualifier() {
        String body = "Police closed roads in East Jerusalem on Friday.";
        int at = body.indexOf("East Jerusalem");
        Article a = article(null, "Roads closed", body).withEntities(List.of(
                new Entity("East Jerusalem", Entity.Type.PLACE,
                        List.of(new Entity.Mention("body", at, at + 14, "East Jerusalem")), List.of())));
        assertEquals(Region.MIDDLE_EAST, classifier.classify(a).regions().primary());
        // The area of the town itself: the town counts (which Durham is the resolver's business).
        for (String name : List.of("County Durham", "City of London")) {
            String text = "Flooding closed roads across " + name + " on Friday.";
            int from = text.indexOf(name);
            Article b = article(null, "Roads closed", text).withEntities(List.of(new Entity(name, Entity.Type.PLACE,
                    List.of(new Entity.Mention("body", from, from + name.length(), name)), List.of())));
            String town = name.substring(name.lastIndexOf(' ') + 1);
            assertTrue(classifier.classify(b).places().stream().anyMatch(p -> p.name().equals(town)), name);
        }
    }

    @Test
    void shouldGiveAnAllCapsStoryToItsDatelineOnATie() {
        RegionAssignment r = regions("NEW DELHI", "INDIA AND U.S. SIGN PACT",
                "NEW DELHI, March 4 - INDIA AND THE UNITED STATES SIGNED A TRADE PACT IN WASHINGTON.");
        assertEquals(Region.SOUTH_ASIA, r.primary());
        assertTrue(r.desks().contains(Region.AMERICAS), r.toString());
    }

    @Test
    void shouldRecordTheEvidenceBehindTheDecision() {
        RegionAssignment r = regions(null, "Japan trade surplus widens", "TOKYO, Feb 26 - Japan's surplus with the U.S. grew.");
        assertEquals(Region.ASIA, r.primary());
        RegionAssignment.Evidence top = r.evidence().get(0);
        assertEquals("dateline", top.field());
        assertEquals("Tokyo", top.place());
        assertEquals(Region.ASIA, top.desk());
        assertTrue(r.evidence().stream().anyMatch(e -> e.field().equals("headline") && e.country().equals("JP")));
    }

    @Test
    void shouldRouteToEveryDeskWithARealShare() {
        RegionAssignment r = regions(null, "", "TOKYO, Feb 26 - Japan and the European Community met in Brussels.");
        assertEquals(Region.ASIA, r.primary());
        assertTrue(r.desks().contains(Region.EUROPE), r.toString());
        assertEquals(1.0, r.scores().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        RegionAssignment strict = classifier.withThreshold(0.9).classify(article(null, "",
                "TOKYO, Feb 26 - Japan and the European Community met in Brussels.")).regions();
        assertEquals(List.of(Region.ASIA), strict.desks());
    }

    @Test
    void shouldBeUnknownWithoutAPlace() {
        Article a = classified(null, "Markets quiet", "Nothing happened today.");
        assertEquals(RegionAssignment.unknown(), a.regions());
        assertEquals(List.of(), a.places());
    }

    @Test
    void shouldListAntarcticaButScoreNoDesk() {
        Article a = classified(null, "Antarctica ice shelf cracks");
        assertEquals(Region.UNKNOWN, a.regions().primary());
        assertEquals("AQ", a.places().get(0).countryCode());
    }

    @Test
    void shouldTakeDesksFromAFileGivenAtRunTime(@TempDir Path dir) throws IOException {
        String desks = Files.readString(Path.of("src/main/resources/io/wirestream/geo/desks.tsv"))
                + "country\tTR\teurope\n";
        Path file = dir.resolve("desks.tsv");
        Files.writeString(file, desks);
        assertEquals(Region.MIDDLE_EAST, regions(null, "Turkey raises interest rates").primary());
        RegionClassifier europe = RegionClassifier.withDesks(file, RegionClassifier.DEFAULT_THRESHOLD);
        assertEquals(Region.EUROPE, europe.classify(article(null, "Turkey raises interest rates")).regions().primary());
    }

    @Test
    void shouldRouteAPlaceToTheDeskOfADesksPackRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("desks.tsv"), "# our newsroom\ncountry\tTR\teurope\n");
        RegionClassifier ours = RegionClassifier.of(RulePacks.load(dir));
        assertEquals(Region.MIDDLE_EAST, regions(null, "Turkey raises interest rates").primary());
        assertEquals(Region.EUROPE, ours.classify(article(null, "Turkey raises interest rates")).regions().primary());
        // the pack adds to the bundled table: the rest of the world keeps its desks
        assertEquals(Region.AFRICA, ours.classify(article(null, "Kenya raises interest rates")).regions().primary());
    }

    @Test
    void shouldNameFileAndLineOfABadDesksPackRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desks.tsv");
        Files.writeString(file, "country\tTR\teurope\n\ncountry\tKE\tnairobi-desk\n");
        IllegalArgumentException unknownDesk = assertThrows(IllegalArgumentException.class,
                () -> RegionClassifier.of(RulePacks.load(dir)));
        assertTrue(unknownDesk.getMessage().startsWith(file + ":3: "), unknownDesk.getMessage());
        Files.writeString(file, "country\tTR\teurope\ncountry\tXQ\teurope\n");
        IllegalArgumentException unknownCountry = assertThrows(IllegalArgumentException.class,
                () -> RegionClassifier.of(RulePacks.load(dir)));
        assertTrue(unknownCountry.getMessage().startsWith(file + ":2: "), unknownCountry.getMessage());
    }

    @Test
    void shouldRefuseAReplacingDesksPackThatLeavesCountriesWithoutADesk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("desks.tsv"), "#replace\nsubregion\tEastern Africa\tafrica\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionClassifier.of(RulePacks.load(dir)));
        assertTrue(e.getMessage().contains("no desk for country"), e.getMessage());
    }

    @Test
    void shouldRejectABadThresholdAndAMissingDesksFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RegionClassifier(Gazetteer.standard(), PlaceFinder.standard(), 0));
        assertTrue(e.getMessage().contains("was 0.0"), e.getMessage());
        Exception missing = assertThrows(RuntimeException.class,
                () -> RegionClassifier.withDesks(Path.of("no-such-desks.tsv"), 0.2));
        assertTrue(missing.getMessage().contains("no-such-desks.tsv"), missing.getMessage());
    }

    @Test
    void shouldNotFailOnRandomArticles() {
        Random random = new Random(7L);
        String[] words = {"Japan", "us", "US", "Kiev's", "Russia-Ukraine", "NEW", "DELHI", "turkey", ", Conn.,",
                "Antarctica", "Indian", "Ocean", "-", "'", ",", "\n", "Nairobi", "Côte", "d’Ivoire", "(Reuters)",
                "Feb 26", "[India]", ".", "St.", "U.S.", "PARIS", "Texas"};
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
            assertFalse(a.regions().desks().isEmpty());
        }
    }
}
