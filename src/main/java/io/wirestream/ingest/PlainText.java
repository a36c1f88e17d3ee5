package io.wirestream.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirestream.model.FeedItem;
import org.jsoup.parser.Parser;

/**
 * Tidies the characters of feed text that no reader should see: character references left escaped
 * ({@code &lt;IBM>}, {@code &amp;}, {@code &#39;}: feeds and archives that escaped their text once
 * more than they unescaped it) and control characters (the end-of-text character (U+0003) that closes
 * teleprinter-era wire copy, stray escapes of a CMS). Line and paragraph breaks are kept; a form
 * feed or vertical tab, which break pages and lines in old copy, becomes a line break.
 */
final class PlainText {

    /** Only well-formed references, closed by {@code ;}: "AT&T" and "R&D" are text. */
    private static final Pattern REFERENCE =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private PlainText() {
    }

    /** {@code text} with its references decoded and its control characters gone; {@code null} stays null. */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        return withoutControls(text.indexOf('&') < 0 ? text : decodeReferences(text));
    }

    /** The item with every text field tidied and the paragraphs left blank by it dropped. */
    static FeedItem tidy(FeedItem item) {
        List<String> paragraphs = new ArrayList<>(item.paragraphs().size());
        for (String paragraph : item.paragraphs()) {
            String tidied = tidy(paragraph).strip();
            if (!tidied.isEmpty()) {
                paragraphs.add(tidied);
            }
        }
        List<String> tags = new ArrayList<>(item.rawTags().size());
        for (String tag : item.rawTags()) {
            String tidied = tidy(tag).strip();
            if (!tidied.isEmpty()) {
                tags.add(tidied);
            }
        }
        return new FeedItem(item.id(), item.agency(), tidy(item.headline()).strip(), strippedOrNull(item.byline()),
                strippedOrNull(item.dateline()), paragraphs, item.url(), item.published(), item.updated(), item.zone(),
                tags, item.extras(), item.format(), item.language());
    }

    private static String strippedOrNull(String text) {
        String tidied = tidy(text);
        return tidied == null || tidied.isBlank() ? null : tidied.strip();
    }

    private static String decodeReferences(String text) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            // An unknown name ("&foo;") comes back as it was.
            m.appendReplacement(out, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
        } while (m.find());
        return m.appendTail(out).toString();
    }

    private static String withoutControls(String text) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u000B' || c == '\u000C') {
                out.append('\n');
            } else if (!isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c == '\u000B' || c == '\u000C') {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls but tab, line feed, carriage return and next-line, which the paragraph split reads. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\u000B' && c != '\u000C')
                || (c >= 0x7F && c <= 0x9F && c != '\u0085');
    }
}
