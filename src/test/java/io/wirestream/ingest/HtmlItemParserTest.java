package io.wirestream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.FeedItem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlItemParserTest {

    private final FeedParser parser = new FeedParser();

    private FeedItem page(String html, String contentType) {
        return parser.parse(null, html.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void shouldTakeHeadlineDatesUrlAndTagsFromThePageMetadata() {
        FeedItem item = page(FeedParserTest.sample("reuters-page.html"), null);
        assertEquals("Floods close roads in northern England", item.headline());
        assertEquals(Instant.parse("2022-01-22T09:15:00Z"), item.published());
        assertEquals(Instant.parse("2022-01-22T11:40:00Z"), item.updated());
        assertEquals("https://news.example.com/world/floods-close-roads-2022-01-22/", item.url());
        assertEquals(List.of("Weather", "England"), item.rawTags());
        assertEquals("Jane Smith", item.byline());
        assertEquals("London", item.dateline());
        assertEquals("Reuters", item.agency());
    }

    @Test
    void shouldKeepOnlyArticleTextWithoutNavigationScriptsOrStyles() {
        FeedItem item = page(FeedParserTest.sample("reuters-page.html"), "text/plain");
        String body = item.body();
        assertTrue(body.startsWith("LONDON, Jan 22 (Reuters) - Floods closed"), body);
        assertTrue(body.endsWith("Rail services between Leeds and York were suspended."), body);
        for (String junk : List.of("Sign in", "track()", "font-family", "dataLayer", "Advertisement", "Copyright",
                "Related stories", "<p", "</")) {
            assertFalse(body.contains(junk), junk + " in " + body);
        }
    }

    @Test
    void shouldReadJsonLdNewsArticleWhenThePageHasNoOpenGraph() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Quake shakes Lima\",\"datePublished\":\"2023-04-13T10:12:00-05:00\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}}</script></head>"
                + "<body><div><p>LIMA, April 13 (AP) - A strong earthquake shook Lima on Thursday.</p></div></body></html>";
        FeedItem item = page(html, "text/html; charset=utf-8");
        assertEquals("Quake shakes Lima", item.headline());
        assertEquals("Ana Ruiz", item.byline());
        assertEquals(Instant.parse("2023-04-13T15:12:00Z"), item.published());
        assertEquals(List.of("LIMA, April 13 (AP) - A strong earthquake shook Lima on Thursday."), item.paragraphs());
    }

    @Test
    void shouldRefuseAPageWithoutArticleText() {
        String reason = assertThrows(FeedParseException.class,
                () -> page("<html><head><title>Login</title><script>x()</script></head><body><nav>Home</nav></body></html>",
                        null)).getMessage();
        assertEquals("HTML page has no article text (headline 'Login')", reason);
    }

    @Test
    void shouldOnlyEverThrowFeedParseExceptionOnBrokenHtml() {
        Random random = new Random(11L);
        String sample = FeedParserTest.sample("reuters-page.html");
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder(sample.substring(0, random.nextInt(sample.length() + 1)));
            for (int k = 0; k < 10 && b.length() > 0; k++) {
                b.setCharAt(random.nextInt(b.length()), "<>\"'/{}[]&;\n ".charAt(random.nextInt(13)));
            }
            try {
                FeedItem item = parser.parseStrictly(null, b.toString().getBytes(StandardCharsets.UTF_8), "text/html");
                assertFalse(item.id().isBlank());
            } catch (FeedParseException expected) {
                assertFalse(expected.getMessage().isBlank());
            }
        }
        String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Deep text here.</p></body></html>";
        try {
            parser.parseStrictly(null, deep.getBytes(StandardCharsets.UTF_8), null);
        } catch (FeedParseException expected) {
            assertFalse(expected.getMessage().isBlank());
        }
    }
}
