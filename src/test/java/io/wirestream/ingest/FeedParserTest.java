package io.wirestream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.FeedItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private final FeedParser parser = new FeedParser();

    static String sample(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/io/wirestream/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private FeedItem text(String text) {
        return parser.parse(null, text.getBytes(StandardCharsets.UTF_8), null);
    }

    private FeedItem json(String json) {
        return parser.parse("key-1", json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private String jsonError(String json) {
        return assertThrows(FeedParseException.class, () -> json(json)).getMessage();
    }

    // --- raw text -----------------------------------------------------------------------------

    @Test
    void shouldReadHeadlineBylineAgencyAndZonedUpdateFromTheAniSample() {
        FeedItem item = text(sample("ani-tokyo-embassy.txt"));
        assertEquals("Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive",
                item.headline());
        assertEquals("ANI", item.agency());
        assertEquals("ANI", item.byline(), "the byline proper, not the portal's line");
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), item.updated());
        assertEquals("IST", item.zone());
        assertEquals(List.of("TokyoKievRussian EmbassyWhite HouseJoe BidenFumio kishida"), item.rawTags());
        assertEquals(FeedItem.SourceFormat.TEXT, item.format());
        assertTrue(item.paragraphs().get(0).startsWith("The Russian Embassy in Japan said on Saturday"));
        assertTrue(item.paragraphs().contains("Open in App"), "cleaning is the next stage's job");
        assertFalse(item.paragraphs().stream().anyMatch(p -> p.startsWith("Tags:")));
        assertNull(item.dateline());
        assertTrue(item.id().matches("ws-[0-9a-f]{16}"), item.id());
        assertEquals(item.id(), text(sample("ani-tokyo-embassy.txt")).id(), "derived ids are stable");
    }

    @Test
    void shouldCreditTheAgencyOfAPostedByLineAndTakeItsTimeAsPublished() {
        FeedItem item = text("""
                Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive | World News

                Posted by ANI on Jan 22, 2022, 04:35 PM IST

                The Russian Embassy in Japan said on Saturday that Tokyo's position toward Russia was inadmissible.
                """);
        assertEquals("ANI", item.byline());
        assertEquals("ANI", item.agency());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), item.published());
        assertEquals("IST", item.zone());
        assertEquals(1, item.paragraphs().size(), "the byline line is not body");
    }

    @Test
    void shouldReadReutersStylePageWithDatelineAndStaffByline() {
        FeedItem item = text("""
                Skip to main content
                World News
                Home > World > Asia Pacific

                Japan's exports rise for 10th straight month as chip demand holds

                By Reuters Staff
                3 Min Read
                Jan 22, 2022, 04:35 PM GMT

                TOKYO, Jan 22 (Reuters) - Japan's exports rose for a tenth straight month in December, \
                government data showed on Saturday, as demand for chips held up.

                Exports rose 17.5% in December from a year earlier.

                (Reporting by Kantaro Komiya; Editing by Sam Holmes)
                """);
        assertEquals("Japan's exports rise for 10th straight month as chip demand holds", item.headline());
        assertEquals("Reuters", item.agency());
        assertEquals("Tokyo", item.dateline());
        assertEquals(Instant.parse("2022-01-22T16:35:00Z"), item.published());
        assertEquals("GMT", item.zone());
        assertEquals(4, item.paragraphs().size(), item.paragraphs().toString());
        assertEquals("3 Min Read", item.paragraphs().get(0));
    }

    @Test
    void shouldReadPtiStylePageWithPublishedTimeAndSeparatedTags() {
        FeedItem item = text("""
                Menu
                Sign in
                Govt to table data protection bill in monsoon session: Vaishnaw
                By PTI | Published: Jul 05, 2022, 09:12 PM IST
                New Delhi, Jul 5 (PTI) The government will bring the data protection bill in the \
                monsoon session of Parliament, minister Ashwini Vaishnaw said on Tuesday.
                The bill was withdrawn last year.
                Tags: Data protection, Parliament; Ashwini Vaishnaw | IT ministry
                """);
        assertEquals("Govt to table data protection bill in monsoon session: Vaishnaw", item.headline());
        assertEquals("PTI", item.agency());
        assertEquals("New Delhi", item.dateline());
        assertEquals(Instant.parse("2022-07-05T15:42:00Z"), item.published());
        assertNull(item.updated());
        assertEquals("IST", item.zone());
        assertEquals(List.of("Data protection", "Parliament", "Ashwini Vaishnaw", "IT ministry"), item.rawTags());
        assertEquals(2, item.paragraphs().size());
    }

    @Test
    void shouldReadApStyleDatelineAndPersonalByline() {
        FeedItem item = text("""
                Senate passes stopgap funding bill hours before deadline
                Written by Lisa Mascaro
                Saturday, January 22, 2022
                WASHINGTON (AP) — The Senate passed a stopgap bill late Friday.
                """);
        assertEquals("Senate passes stopgap funding bill hours before deadline", item.headline());
        assertEquals("AP", item.agency(), "a known agency in the dateline beats a person's name");
        assertEquals("Washington", item.dateline());
        assertEquals(Instant.parse("2022-01-22T00:00:00Z"), item.published());
        assertNull(item.zone());
        assertEquals(1, item.paragraphs().size());
    }

    @Test
    void shouldReadAgencyFirstBylineWithPublishedAndUpdatedTimes() {
        FeedItem item = text("""
                Home » World » Asia
                Log In
                China's exports beat forecasts in March | World News - Hindustan Times
                Reuters | Published: 13 April 2023 10:12 GMT | Updated: 13 April 2023 11:40 GMT
                BEIJING, April 13 (Reuters) - China's exports unexpectedly rose in March, customs data showed.
                """);
        assertEquals("China's exports beat forecasts in March | World News - Hindustan Times", item.headline());
        assertEquals("Reuters", item.agency());
        assertEquals("Beijing", item.dateline());
        assertEquals(Instant.parse("2023-04-13T10:12:00Z"), item.published());
        assertEquals(Instant.parse("2023-04-13T11:40:00Z"), item.updated());
        assertEquals("GMT", item.zone());
        assertEquals(1, item.paragraphs().size());
    }

    @Test
    void shouldReadIndentedWireCopyFromThe1980s() {
        FeedItem item = text("""
                Posted by admin on Saturday, March 3, 1984
                SOVIET LEADER MEETS ENVOY
                   MOSCOW, March 3 (UPI) -- Soviet leader Konstantin Chernenko met the
                American envoy on Saturday in the Kremlin, the official news agency
                Tass said, in the first such meeting since he took office last month.
                   The meeting lasted two hours, Tass said. (UPI)
                """);
        assertEquals("SOVIET LEADER MEETS ENVOY", item.headline());
        assertEquals("UPI", item.agency());
        assertEquals("Moscow", item.dateline());
        assertEquals(Instant.parse("1984-03-03T00:00:00Z"), item.published());
        assertEquals(2, item.paragraphs().size(), item.paragraphs().toString());
    }

    @Test
    void shouldReadArchivedWireCopyWithEscapedTickersAndAnEndOfTextCharacter() {
        FeedItem text = text("TEXACO &lt;TX> UNIT SELLS ASSETS\n\nHOUSTON, March 3 - Texaco Inc &lt;TX> said its "
                + "Canadian unit sold assets.\n\nThe price was not disclosed.\n Reuter\n\u0003");
        assertEquals("TEXACO <TX> UNIT SELLS ASSETS", text.headline());
        assertEquals(List.of("HOUSTON, March 3 - Texaco Inc <TX> said its Canadian unit sold assets.",
                "The price was not disclosed.", "Reuter"), text.paragraphs());
        FeedItem json = json("{\"headline\":\"TEXACO &lt;TX> UNIT\",\"body\":\"HOUSTON, March 3 - Texaco Inc "
                + "said so.\\n Reuter\\n\\u0003\"}");
        assertEquals("TEXACO <TX> UNIT", json.headline());
        assertEquals(List.of("HOUSTON, March 3 - Texaco Inc said so.\n Reuter"), json.paragraphs());
    }

    @Test
    void shouldFindTheHeaderBelowAPortalsWholeMenu() {
        StringBuilder page = new StringBuilder("Skip to main content\nSkip to navigation\nSearch the web\n");
        for (String section : List.of("Sign in", "Mail", "News", "Finance", "Sports", "Entertainment", "Life",
                "Shopping", "More...", "US", "Politics", "World", "Health", "Science", "Weather", "Newsletters")) {
            page.append(section).append('\n');
        }
        page.append("""

                Advertisement

                Wildfire forces evacuation of 4,000 homes near Ventura as winds return

                The Associated Press
                Updated Sun, November 29, 2026 at 3:42 PM EST
                4 min read

                FILE - A firefighter watches flames advance on a ridge above Ventura, Calif. (AP Photo/Noah Berger, File)

                VENTURA, Calif. (AP) — A fast-moving wildfire driven by fierce winds tore through brushy hills above \
                Ventura on Sunday, forcing the evacuation of about 4,000 homes before dawn.

                No deaths had been reported, officials said.
                """);
        FeedItem item = text(page.toString());
        assertEquals("Wildfire forces evacuation of 4,000 homes near Ventura as winds return", item.headline());
        assertEquals("AP", item.agency());
        assertEquals("Ventura", item.dateline(), "read past the caption, not from it");
        assertEquals(Instant.parse("2026-11-29T20:42:00Z"), item.updated());
    }

    @Test
    void shouldTakeTheHeadlineAboveItsDeckAndTheAgencyAfterASectionName() {
        FeedItem item = text("""
                Business
                Markets
                Sensex, Nifty end higher for third straight day on foreign fund inflows
                Sensex climbed 412.35 points to settle at 84,112.35, while the NSE Nifty gained 121.40 points
                India News | Press Trust of India | Updated: November 27, 2026 17:08 IST
                Benchmark equity indices Sensex and Nifty ended higher for the third straight session on Friday, \
                helped by gains in IT stocks and fresh foreign fund inflows, traders said.
                """);
        assertEquals("Sensex, Nifty end higher for third straight day on foreign fund inflows", item.headline());
        assertEquals("PTI", item.agency());
        assertEquals(Instant.parse("2026-11-27T11:38:00Z"), item.updated());
    }

    @Test
    void shouldTakeACapitalsHeadlineEndingWithAFullStopOverAWritersName() {
        FeedItem item = text("""
                RUSSIA SAYS TALKS WITH CHECHEN REBELS TO RESUME .

                Maria Petrova

                MOSCOW 1996-08-30

                Russian security chief Alexander Lebed said on Friday talks with Chechen separatists would resume .
                """);
        assertEquals("RUSSIA SAYS TALKS WITH CHECHEN REBELS TO RESUME .", item.headline());
    }

    @Test
    void shouldReadTagsPrintedOneALineAfterALabelOfTheirOwn() {
        FeedItem item = text("""
                Maharashtra polls: parties finalise seat-sharing

                By PTI | Updated: November 28, 2026 19:05 IST

                The parties finalised their seat-sharing arrangement for the local body polls on Saturday.

                Tags:
                Maharashtra
                Shiv Sena (UBT)
                local body polls

                Most Read
                """);
        assertEquals(List.of("Maharashtra", "Shiv Sena (UBT)", "local body polls"), item.rawTags());
        assertEquals(List.of("The parties finalised their seat-sharing arrangement for the local body polls on Saturday.",
                "Most Read"), item.paragraphs());
    }

    @Test
    void shouldJoinALineBrokenMidSentenceButNotAMenusShortLines() {
        FeedItem item = text("""
                Talks to resume on Monday, minister says

                The minister said on Friday that the talks with the unions
                would resume on Monday in the capital.
                Sign In
                e-Paper
                """);
        assertEquals(List.of("The minister said on Friday that the talks with the unions would resume on Monday in the capital.",
                "Sign In", "e-Paper"), item.paragraphs());
    }

    @Test
    void shouldKeepTheStoryWhenARelatedStorysBylineFollowsIt() {
        FeedItem item = text("""
                Council closes harbour bridge

                The city council voted on Tuesday to close the old harbour bridge to heavy lorries.

                Engineers found corrosion in two of its main supports, the council said.

                Buses and cars will still be allowed to cross at reduced speed, officials said.

                Related stories

                Oil prices fall as talks drag on in Vienna

                By John Roe | Updated: Nov 28, 2026 09:00 IST
                """);
        assertEquals("Council closes harbour bridge", item.headline());
        assertTrue(item.paragraphs().get(0).startsWith("The city council voted"), item.paragraphs().toString());
    }

    @Test
    void shouldNotTakeATitleCaseHeadlineWithAColonForADatelineNorAQuestionForASentence() {
        FeedItem colon = text("""
                Markets
                Cricket
                Elections
                Bengaluru: Woman Techie Found Dead In Her Apartment, Police Suspect Foul Play In The Case
                By Jane Doe | Updated: November 29, 2026 10:00 IST
                Police in Bengaluru said on Saturday they suspected foul play in the death of a software engineer.
                """);
        assertEquals("Bengaluru: Woman Techie Found Dead In Her Apartment, Police Suspect Foul Play In The Case",
                colon.headline());
        assertEquals("Jane Doe", colon.byline());
        FeedItem question = text("""
                Fuel prices
                Why are petrol prices rising again across India this week?
                By Jane Doe | Updated: November 29, 2026 10:00 IST
                Petrol prices rose for the third time this month on Saturday, oil companies said in a notice.
                """);
        assertEquals("Why are petrol prices rising again across India this week?", question.headline());
    }

    @Test
    void shouldReadHeadlessWireCopyWithUnderscoreDateline() {
        FeedItem item = text("""
                   NAIROBI, Kenya (AP) _ Kenya's President Daniel arap Moi on Tuesday opened a new
                international airport terminal in Nairobi, saying it would bring more tourists.
                   Moi said the terminal, built with help from Britain and Japan, would handle two million
                passengers a year.
                """);
        assertEquals("", item.headline());
        assertEquals("Nairobi", item.dateline());
        assertEquals("AP", item.agency());
        assertEquals(2, item.paragraphs().size(), item.paragraphs().toString());
        assertTrue(item.paragraphs().get(0).startsWith("NAIROBI, Kenya (AP) _"));
    }

    @Test
    void shouldReadADatelineWhoseCountryHasTwoWords() {
        FeedItem item = text("""
                MANDELA FREED AFTER 27 YEARS IN PRISON

                CAPE TOWN, South Africa (AP) - Nelson Mandela walked free on Sunday after 27 years in prison.
                """);
        assertEquals("Cape Town", item.dateline());
        assertEquals("AP", item.agency());
    }

    @Test
    void shouldReadAColonDatelineButNotAnAlertWord() {
        FeedItem floods = text("""
                Assam floods: death toll rises to 45

                GUWAHATI: The death toll in the Assam floods rose to 45 on Saturday, officials said.
                """);
        assertEquals("Guwahati", floods.dateline());
        assertEquals("Assam floods: death toll rises to 45", floods.headline());
        FeedItem alert = text("""
                Markets fall on rate fears

                BREAKING: Stocks fell sharply on Monday as traders priced in another rate rise.
                """);
        assertNull(alert.dateline());
    }

    @Test
    void shouldKeepADatelineOnItsOwnLineInTheBody() {
        FeedItem item = text("""
                Frankfurt stocks close higher .

                FRANKFURT 1996-08-30

                German shares closed higher on Friday , with Deutsche Bank leading gains .
                """);
        assertEquals("Frankfurt stocks close higher .", item.headline());
        assertEquals("Frankfurt", item.dateline());
        assertEquals("FRANKFURT 1996-08-30", item.paragraphs().get(0), "its place is a mention of the story's");
        assertEquals(2, item.paragraphs().size(), item.paragraphs().toString());
        assertEquals("Akron", text("Golf scores .\n\nAKRON , Ohio 1996-08-30\n\nLeading scores on Friday :\n").dateline());
        assertEquals("New York", text("Markets .\n\nNEW YORK, Aug 30\n\nStocks rose on Friday in New York .\n").dateline());
    }

    @Test
    void shouldTakeASportSlugAsTheHeadlineNotADateline() {
        FeedItem item = text("""
                SOCCER - DUTCH FIRST DIVISION RESULTS .

                AMSTERDAM 1996-08-31

                Results of Dutch first division matches on Saturday :
                """);
        assertEquals("SOCCER - DUTCH FIRST DIVISION RESULTS .", item.headline());
        assertEquals("Amsterdam", item.dateline(), "the place is the dateline's, not the sport");
        // A line wholly in capitals is a headline even when its slug is no known sport.
        assertEquals("PRESS - DIGEST OF THE DAY .",
                text("PRESS - DIGEST OF THE DAY .\n\nLONDON 1996-08-30\n\nThese are the leading stories .\n").headline());
        // A sport slug before prose is still no place.
        assertNull(text("Results\n\nTENNIS - Results at the U.S. Open on Friday , the fourth day .\n").dateline());
        // A capitals dateline before prose stays one.
        assertEquals("Tokyo", text("Stocks\n\nTOKYO - Japanese shares rose on Friday , led by exporters .\n").dateline());
    }

    @Test
    void shouldTakeADateAloneOrAfterAWeekdayAsNoDateline() {
        FeedItem item = text("""
                Frankfurt stocks close higher

                Saturday 1996-08-31

                Theresa May

                German shares closed higher on Friday , with Deutsche Bank leading gains .
                """);
        assertNull(item.dateline());
        assertEquals(List.of("Theresa May", "German shares closed higher on Friday , with Deutsche Bank leading gains ."),
                item.paragraphs(), "the date line is the item's time, not story text");
    }

    @Test
    void shouldReadAniDatelineWithRegionInBrackets() {
        FeedItem item = text("""
                Delhi records coldest January day in a decade
                New Delhi [India], January 22 (ANI): The national capital recorded its coldest day.
                """);
        assertEquals("New Delhi", item.dateline());
        assertEquals("ANI", item.agency());
        assertNull(item.byline());
        // ANI names the state too: "Ahmedabad (Gujarat) [India]".
        FeedItem state = text("Gujarat polls: BJP names candidates\n"
                + "Ahmedabad (Gujarat) [India], November 28 (ANI): The party named its candidates on Friday.\n");
        assertEquals("Ahmedabad", state.dateline());
        assertEquals("ANI", state.agency());
    }

    @Test
    void shouldJoinHardWrappedWireCopy() {
        FeedItem item = text("""
                US STOCKS CLOSE HIGHER ON TECHNOLOGY GAINS

                NEW YORK, March 3 (Reuters) - U.S. stocks closed higher on Friday
                as investors bought technology shares after a week of losses, with
                the Nasdaq leading the gains on the back of strong chip earnings.

                The Dow rose 0.5 percent.
                """);
        assertEquals("New York", item.dateline());
        assertEquals(2, item.paragraphs().size(), item.paragraphs().toString());
        assertTrue(item.paragraphs().get(0).endsWith("strong chip earnings."));
    }

    @Test
    void shouldPreferTheRecordKeyAsIdForText() {
        assertEquals("ani-42", parser.parse("ani-42", "Some headline for a story\n\nBody text here."
                .getBytes(StandardCharsets.UTF_8), "text/plain").id());
    }

    @Test
    void shouldSniffJsonWithoutContentType() {
        FeedItem item = parser.parse(null, "  {\"headline\":\"H\",\"body\":\"B\"}".getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(FeedItem.SourceFormat.JSON, item.format());
    }

    @Test
    void shouldNotTakeTheAgencysSignatureAtTheEndOfAShortStoryForItsByline() {
        FeedItem item = text("Quake jolts Taiwan\n\nTAIPEI (UPI) -- A strong earthquake jolted Taiwan on Tuesday, the "
                + "weather bureau said.\n\nNo damage was reported.\n\nUPI\n");
        assertEquals(List.of("TAIPEI (UPI) -- A strong earthquake jolted Taiwan on Tuesday, the weather bureau said.",
                "No damage was reported.", "UPI"), item.paragraphs(), "the cleaner takes the signature as the credit");
        assertNull(item.byline());
        assertEquals("UPI", item.agency());
        FeedItem old = text("Soviet grain harvest seen lower\n\nMOSCOW, Oct 5 (Reuter) - The harvest will be lower than "
                + "planned, Tass said.\n\nREUTER\n");
        assertEquals("Moscow", old.dateline());
        assertEquals("Reuters", old.agency(), "Reuters signed its copy 'Reuter' for most of the last century");
    }

    // --- JSON envelope ------------------------------------------------------------------------

    @Test
    void shouldReadAnIptcNinjsOneItem() {
        FeedItem item = json("{\"uri\": \"http://example.org/ap/abc123\", \"type\": \"text\", "
                + "\"versioncreated\": \"2026-11-29T14:05:00Z\", \"firstcreated\": \"2026-11-29T13:40:00Z\", "
                + "\"headline\": \"Storm knocks out power in Michigan\", \"byline\": \"By John Smith, Associated Press\", "
                + "\"located\": \"Detroit\", \"body_text\": \"DETROIT (AP) - A storm cut power on Sunday.\\n\\nCrews worked.\", "
                + "\"subject\": [{\"name\": \"Weather\", \"code\": \"x\"}, {\"name\": \"Power outages\"}]}");
        assertEquals("http://example.org/ap/abc123", item.id());
        assertEquals("Storm knocks out power in Michigan", item.headline());
        assertEquals(List.of("DETROIT (AP) - A storm cut power on Sunday.", "Crews worked."), item.paragraphs());
        assertEquals(Instant.parse("2026-11-29T13:40:00Z"), item.published());
        assertEquals(Instant.parse("2026-11-29T14:05:00Z"), item.updated());
        assertEquals("Detroit", item.dateline());
        assertEquals("AP", item.agency());
        assertEquals(List.of("Weather", "Power outages"), item.rawTags());
        assertEquals(Map.of("type", "text"), item.extras(), "fields read under another name are not extras");
    }

    @Test
    void shouldReadAnIptcNinjsTwoItemWithAnHtmlBody() {
        FeedItem item = json("{\"uri\": \"urn:example:afp:xyz\", \"versioncreated\": \"2026-11-29T09:00:00+01:00\", "
                + "\"headlines\": [{\"role\": \"sub\", \"value\": \"Results\"}, {\"role\": \"main\", \"value\": "
                + "\"Swiss voters reject inheritance tax\"}], \"bodies\": [{\"role\": \"main\", \"contenttype\": "
                + "\"text/html\", \"value\": \"<p>GENEVA (AFP) - Swiss voters said no.</p><p>The <b>SP</b> backed it.</p>\"}], "
                + "\"by\": \"AFP\", \"subjects\": [{\"name\": \"Politics\"}]}");
        assertEquals("Swiss voters reject inheritance tax", item.headline(), "the main headline, not the first");
        assertEquals(List.of("GENEVA (AFP) - Swiss voters said no.", "The SP backed it."), item.paragraphs());
        assertEquals(Instant.parse("2026-11-29T08:00:00Z"), item.updated());
        assertEquals("AFP", item.agency());
        assertEquals("Geneva", item.dateline());
        assertEquals(List.of("Politics"), item.rawTags());
    }

    @Test
    void shouldReadAnRssItemAsJson() {
        FeedItem item = json("{\"guid\": \"ians-42\", \"title\": \"Rains lash Kerala\", \"description\": "
                + "\"Thiruvananthapuram, Nov 29 (IANS) Heavy rains lashed Kerala on Sunday.\", "
                + "\"pubDate\": \"Sun, 29 Nov 2026 10:15:00 +0530\", \"link\": \"https://example.org/ians/42\", "
                + "\"category\": [\"India\", \"Weather\"]}");
        assertEquals("ians-42", item.id());
        assertEquals("Rains lash Kerala", item.headline());
        assertEquals("https://example.org/ians/42", item.url());
        assertEquals(Instant.parse("2026-11-29T04:45:00Z"), item.published());
        assertEquals("IANS", item.agency());
        assertEquals(List.of("India", "Weather"), item.rawTags());
    }

    @Test
    void shouldPreferTheEnvelopesOwnFieldsAndKeepOddlyShapedOthersAsExtras() {
        FeedItem item = json("{\"id\": \"a1\", \"headline\": \"Own\", \"title\": \"Other\", \"body\": \"Own body.\", "
                + "\"body_text\": \"Other body.\", \"author\": {\"id\": 42}, \"pubDate\": \"not a date\"}");
        assertEquals("Own", item.headline());
        assertEquals(List.of("Own body."), item.paragraphs());
        assertNull(item.byline(), "an author object without a name is no byline");
        assertNull(item.published());
        assertEquals(List.of("author", "body_text", "pubDate", "title"),
                item.extras().keySet().stream().sorted().toList());
    }

    @Test
    void shouldTakeNoPersonForTheAgency() {
        FeedItem json = json("{\"headline\":\"Wildfire spreads\",\"by\":\"DEREK GATOPOULOS\",\"body\":\"Fire spread.\"}");
        assertEquals("DEREK GATOPOULOS", json.byline());
        assertNull(json.agency());
        assertEquals("Athens", json("{\"headline\":\"Fire\",\"located\":\"ATHENS, Greece (AP)\",\"body\":\"Fire.\"}")
                .dateline(), "ninjs 'located' holding the whole dateline");
        FeedItem page = text("Wildfire spreads near Athens\n\nBy Jane Doe | Updated: November 29, 2026 10:00 GMT\n\n"
                + "Firefighters battled a wildfire east of Athens on Sunday as strong winds fanned the flames.\n");
        assertEquals("Jane Doe", page.byline());
        assertNull(page.agency());
        assertEquals("ENA", text("Talks resume in Addis Ababa\n\nBy ENA | Updated: November 29, 2026 10:00 GMT\n\n"
                + "Talks between the two sides resumed in Addis Ababa on Sunday, the ministry said in a statement.\n")
                .agency(), "an acronym the table does not list still reads as an agency");
    }

    @Test
    void shouldReadTheShapesOfNewsApisAndCmsFeeds() {
        FeedItem newsApi = json("{\"source\":{\"id\":\"reuters\",\"name\":\"Reuters\"},\"author\":null,"
                + "\"title\":\"Oil steadies\",\"description\":\"Oil prices held.\",\"url\":\"https://x.test/a\","
                + "\"publishedAt\":\"2026-11-29T07:15:00Z\",\"content\":\"Oil prices held steady on Monday as traders "
                + "weighed supply\u2026 [+2841 chars]\"}");
        assertEquals("Reuters", newsApi.agency());
        assertEquals(Instant.parse("2026-11-29T07:15:00Z"), newsApi.published());
        assertEquals(List.of("Oil prices held steady on Monday as traders weighed supply"), newsApi.paragraphs());

        FeedItem wordpress = json("{\"data\":{\"date\":\"2026-11-29T21:40:00\",\"date_gmt\":\"2026-11-29T16:10:00\","
                + "\"title\":{\"rendered\":\"Floods hit Kerala\"},\"content\":{\"rendered\":\"<p>Floods hit the state.</p>"
                + "<p>Schools shut.</p>\"},\"tags\":[12,34],\"authors\":[{\"name\":\"PTI\"}],\"language\":\"English\"}}");
        assertEquals("Floods hit Kerala", wordpress.headline());
        assertEquals(List.of("Floods hit the state.", "Schools shut."), wordpress.paragraphs());
        assertEquals(Instant.parse("2026-11-29T16:10:00Z"), wordpress.published(), "the UTC time before the local one");
        assertEquals("PTI", wordpress.agency());
        assertEquals("en", wordpress.language());

        FeedItem html = json("{\"headline\":\"Fire\",\"body\":\"<p>Crews fought the fire.</p>\\n<figure><figcaption>"
                + "Photo</figcaption></figure>\\n<!-- ad --><script>x()</script>\\n<p>It is out.</p>\"}");
        assertEquals(List.of("Crews fought the fire.", "It is out."), html.paragraphs());
        FeedItem lessThan = json("{\"headline\":\"Speed\",\"body_text\":\"Cars under <50 km/h.\\n\\nSecond.\"}");
        assertEquals(List.of("Cars under <50 km/h.", "Second."), lessThan.paragraphs(), "a '<' is no tag");
        FeedItem wrapped = json("{\"story\":{\"headline\":\"Talks resume\",\"body\":\"Talks resumed.\"}}");
        assertEquals("Talks resume", wrapped.headline());
        FeedItem inline = json("{\"headline\":\"Talks\",\"body_text\":\"GENEVA (Reuters) - Talks resume on <b>Monday</b>."
                + "\\n\\nSecond.\\n\\nReuter\"}");
        assertEquals(List.of("GENEVA (Reuters) - Talks resume on Monday.", "Second.", "Reuter"), inline.paragraphs());
        FeedItem spaces = json("{\"title\":\"Oil\",\"content\":\"Oil rose" + " ".repeat(3000) + "x [+12 chars]\"}");
        assertEquals(1, spaces.paragraphs().size());
        FeedItem blocks = json("{\"headline\":\"Vote\",\"body\":[{\"type\":\"paragraph\",\"text\":\"One.\"},"
                + "{\"type\":\"image\",\"src\":\"a.jpg\"},{\"type\":\"paragraph\",\"text\":\"Two.\"}]}");
        assertEquals(List.of("One.", "Two."), blocks.paragraphs());
    }

    @Test
    void shouldReadEveryEnvelopeFieldAndKeepUnknownOnes() {
        FeedItem item = json("""
                {"id":"rtr-1","agency":"Reuters","headline":"Markets rally","body":"First para.\\n\\nSecond para.",
                 "url":"https://example.org/a","published":"2022-01-22T16:35:00+05:30","updated":1642851300000,
                 "tags":["markets","stocks"],"byline":"By Jane Doe","dateline":"London",
                 "priority":3,"desk":{"name":"markets","urgent":true},"regions":["eu",null]}
                """);
        assertEquals("rtr-1", item.id());
        assertEquals("Reuters", item.agency());
        assertEquals(List.of("First para.", "Second para."), item.paragraphs());
        assertEquals("https://example.org/a", item.url());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), item.published());
        assertEquals(Instant.ofEpochMilli(1642851300000L), item.updated());
        assertEquals("+05:30", item.zone());
        assertEquals(List.of("markets", "stocks"), item.rawTags());
        assertEquals("London", item.dateline());
        assertEquals("Jane Doe", item.byline(), "who the byline credits, without its 'By'");
        assertEquals(3, item.extras().get("priority"));
        assertEquals(Map.of("name", "markets", "urgent", true), item.extras().get("desk"));
        assertEquals(java.util.Arrays.asList("eu", null), item.extras().get("regions"));
        assertEquals(FeedItem.SourceFormat.JSON, item.format());
    }

    @Test
    void shouldAcceptBodyArrayTagStringAndHumanTimes() {
        FeedItem item = json("""
                {"headline":"H","body":["One.","  ","Two."],"tags":"a, b","updated":"Jan 22, 2022, 04:35 PM IST"}
                """);
        assertEquals("key-1", item.id(), "record key is the id when the envelope has none");
        assertEquals(List.of("One.", "Two."), item.paragraphs());
        assertEquals(List.of("a", "b"), item.rawTags());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), item.updated());
        assertEquals("IST", item.zone());
    }

    @Test
    void shouldTakeAgencyFromBylineOrDatelineWhenEnvelopeHasNone() {
        assertEquals("PTI", json("{\"headline\":\"H\",\"byline\":\"By PTI\"}").agency());
        assertEquals("AFP", json("{\"body\":\"PARIS (AFP) - Text.\"}").agency());
        assertEquals("Paris", json("{\"body\":\"PARIS (AFP) - Text.\"}").dateline());
    }

    @Test
    void shouldDeriveStableIdWithoutEnvelopeIdOrKey() {
        byte[] value = "{\"headline\":\"H\",\"body\":\"B\"}".getBytes(StandardCharsets.UTF_8);
        String id = parser.parse(null, value, null).id();
        assertTrue(id.matches("ws-[0-9a-f]{16}"), id);
        assertEquals(id, parser.parse(null, value, null).id());
    }

    @Test
    void shouldRejectBadJsonWithPosition() {
        assertTrue(jsonError("{\"headline\": \"x\",,}").startsWith("invalid JSON at line 1 column "),
                jsonError("{\"headline\": \"x\",,}"));
        assertTrue(jsonError("{\"headline\": \"x\"").startsWith("invalid JSON"));
        assertTrue(jsonError("{\"a\":1} trailing").startsWith("invalid JSON"));
    }

    @Test
    void shouldRejectEnvelopeWithoutHeadlineAndBody() {
        assertEquals("JSON envelope has no 'headline' and no 'body'", jsonError("{\"id\":\"x\"}"));
        assertEquals("JSON envelope has no 'headline' and no 'body'", jsonError("{\"headline\":\" \",\"body\":[]}"));
    }

    @Test
    void shouldNameTheFieldOfABadTime() {
        assertTrue(jsonError("{\"headline\":\"H\",\"published\":\"yesterday\"}").contains("'published'"));
        assertTrue(jsonError("{\"headline\":\"H\",\"updated\":\"2022-13-45\"}").contains("'updated'"));
        assertTrue(jsonError("{\"headline\":\"H\",\"updated\":true}").contains("'updated'"));
    }

    @Test
    void shouldNameTheFieldOfAWrongType() {
        assertTrue(jsonError("{\"headline\":[\"H\"]}").contains("'headline'"));
        assertTrue(jsonError("{\"headline\":\"H\",\"body\":[1]}").contains("'body'"));
        assertTrue(jsonError("{\"headline\":\"H\",\"tags\":{}}").contains("'tags'"));
        assertTrue(jsonError("\"headline\"").contains("object"));
    }

    @Test
    void shouldRefuseATopLevelJsonArrayByNameEvenWithoutContentType() {
        String array = "[{\"id\":\"a\",\"headline\":\"One\"},{\"id\":\"b\",\"headline\":\"Two\"}]";
        assertTrue(jsonError(array).startsWith("a JSON array of 2 element(s) is not one item"), jsonError(array));
        FeedParseException sniffed = assertThrows(FeedParseException.class,
                () -> parser.parse(null, ("  " + array).getBytes(StandardCharsets.UTF_8), null));
        assertTrue(sniffed.getMessage().startsWith("a JSON array"), sniffed.getMessage());
    }

    @Test
    void shouldKeepTextThatOpensWithABracketAsText() {
        FeedItem item = text("[UPDATE] Floods close roads across the north of the country\n\n"
                + "LONDON, Jan 22 (Reuters) - Floods closed roads across the north on Saturday, officials said.");
        assertEquals("[UPDATE] Floods close roads across the north of the country", item.headline());
    }

    @Test
    void shouldRefuseAnItemOverTheSizeLimitNamingTheLimit() {
        FeedParser small = new FeedParser(1000);
        byte[] big = ("{\"headline\":\"H\",\"body\":\"" + "word ".repeat(300) + "\"}").getBytes(StandardCharsets.UTF_8);
        String reason = assertThrows(FeedParseException.class, () -> small.parse("k", big, null)).getMessage();
        assertEquals("item is " + big.length + " bytes, over the limit of 1000 bytes (--max-item-bytes)", reason);
        assertEquals("H", small.parse("k", "{\"headline\":\"H\"}".getBytes(StandardCharsets.UTF_8), null).headline());
    }

    @Test
    void shouldRejectAnUnusableSizeLimitNamingTheOption() {
        assertEquals("--max-item-bytes must be 1..1048576, was 0",
                assertThrows(IllegalArgumentException.class, () -> new FeedParser(0)).getMessage());
        assertEquals(FeedParser.DEFAULT_MAX_ITEM_BYTES, new FeedParser().maxItemBytes());
    }

    @Test
    void shouldRejectEmptyAndNonUtf8Input() {
        assertEquals("empty input", assertThrows(FeedParseException.class,
                () -> parser.parse(null, new byte[0], null)).getMessage());
        assertEquals("empty input", assertThrows(FeedParseException.class,
                () -> parser.parse(null, null, null)).getMessage());
        assertEquals("empty input", assertThrows(FeedParseException.class,
                () -> parser.parse(null, " \n\t".getBytes(StandardCharsets.UTF_8), null)).getMessage());
        assertEquals("not UTF-8 text", assertThrows(FeedParseException.class,
                () -> parser.parse(null, new byte[] {(byte) 0xC3, (byte) 0x28}, null)).getMessage());
    }

    // --- random input -------------------------------------------------------------------------

    @Test
    void shouldOnlyEverThrowFeedParseExceptionOnRandomInput() {
        Random random = new Random(20220122L);
        String sampleText = sample("ani-tokyo-embassy.txt");
        String envelope = "{\"id\":\"x\",\"headline\":\"H é\",\"body\":[\"a\",\"b\"],\"published\":\"Jan 22, 2022 IST\","
                + "\"tags\":\"a,b\",\"extra\":{\"k\":[1,2.5,true,null]}}";
        String[] contentTypes = {null, "application/json", "text/plain", "text/html; charset=utf-8"};
        for (int i = 0; i < 4000; i++) {
            byte[] input = switch (i % 5) {
                case 0 -> randomBytes(random);
                case 1 -> randomText(random).getBytes(StandardCharsets.UTF_8);
                case 2 -> truncate(envelope, random).getBytes(StandardCharsets.UTF_8);
                case 3 -> mutate(sampleText, random).getBytes(StandardCharsets.UTF_8);
                default -> truncate(sampleText, random).getBytes(StandardCharsets.UTF_8);
            };
            String type = contentTypes[random.nextInt(contentTypes.length)];
            String key = random.nextBoolean() ? null : "k" + i;
            try {
                FeedItem item = parser.parseStrictly(key, input, type);
                assertTrue(item.id() != null && !item.id().isBlank());
            } catch (FeedParseException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String randomText(Random random) {
        String alphabet = "{}[]\":,.|()-—–\n\n  \tabcXYZ0123456789ÉéüЖ中文अ😀By Updated: IST Tags:";
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) == 0) {
                s.appendCodePoint(random.nextInt(0x2FFFF) + 1);
            } else {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return s.toString().replace("\0", "");
    }

    private static String truncate(String s, Random random) {
        return s.substring(0, random.nextInt(s.length() + 1));
    }

    private static String mutate(String s, Random random) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < 20; k++) {
            int at = random.nextInt(b.length());
            b.setCharAt(at, "\n:|(){}-1 IST".charAt(random.nextInt(13)));
        }
        return b.toString();
    }
}
