package io.wirestream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import io.wirestream.model.FeedItem;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void shouldDecodeReferencesLeftEscaped() {
        assertEquals("Texaco Inc <TX> said", PlainText.tidy("Texaco Inc &lt;TX> said"));
        assertEquals("Tom & Jerry's \"show\"", PlainText.tidy("Tom &amp; Jerry&#39;s &quot;show&quot;"));
        assertEquals("caf\u00e9 \u2014 ok", PlainText.tidy("caf&#xe9; &mdash; ok"));
    }

    @Test
    void shouldLeaveAmpersandsThatAreText() {
        for (String text : List.of("AT&T and R&D", "S&P 500 rose", "Q&A: five things", "&foo; is no entity",
                "M&amp", "a & b")) {
            assertEquals(text, PlainText.tidy(text));
        }
    }

    @Test
    void shouldDropControlCharactersButKeepBreaks() {
        assertEquals("dlrs.\n Reuter\n", PlainText.tidy("dlrs.\n Reuter\n\u0003"));
        assertEquals("a\tb\r\nc\u0085d", PlainText.tidy("a\tb\r\nc\u0085d"));
        assertEquals("page one\npage two", PlainText.tidy("page one\fpage two"));
        assertEquals("ends", PlainText.tidy("ends&#3;"), "a control written as a reference");
        assertEquals("nothing odd", PlainText.tidy("nothing\u001b odd\u009b"));
        assertEquals("bell", PlainText.tidy("be\u0007ll\u007f"));
        assertNull(PlainText.tidy((String) null));
    }

    @Test
    void shouldTidyEveryTextFieldOfAnItemAndDropParagraphsLeftBlank() {
        FeedItem item = new FeedItem("r1", "Reuters", "TEXACO &lt;TX> UNIT SELLS ASSETS", "\u0002By Jo Smith",
                "HOUSTON\u0003", List.of("Texaco Inc &lt;TX> sold assets.", "\u0003", " Reuter\u0003"), "https://x/a?b=1&amp;c=2",
                null, null, null, List.of("Texaco&#39;s unit", "\u0003"), Map.of(), FeedItem.SourceFormat.JSON);
        FeedItem tidied = PlainText.tidy(item);
        assertEquals("TEXACO <TX> UNIT SELLS ASSETS", tidied.headline());
        assertEquals("By Jo Smith", tidied.byline());
        assertEquals("HOUSTON", tidied.dateline());
        assertEquals(List.of("Texaco Inc <TX> sold assets.", "Reuter"), tidied.paragraphs());
        assertEquals(List.of("Texaco's unit"), tidied.rawTags());
        assertEquals("https://x/a?b=1&amp;c=2", tidied.url(), "a url is an address, not text");
        assertEquals("r1", tidied.id());
    }
}
