package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import io.wirestream.model.FeedItem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one record of the raw input topic, a JSON envelope, an HTML page or raw scraped page
 * text, into a {@link FeedItem}.
 *
 * <p>{@code new FeedParser().parse("ani-123", bytes, "text/plain")} reads the headline, byline,
 * agency, update time with its zone, dateline, body paragraphs and tag line. Input that cannot
 * be used, or is larger than the item size limit, throws {@link FeedParseException} naming the
 * reason; no other exception escapes.
 */
public final class FeedParser {

    /** Content type of the JSON envelope. */
    public static final String JSON = "application/json";
    /** Content type of raw scraped text. */
    public static final String TEXT = "text/plain";
    /** Content type of an HTML page. */
    public static final String HTML = "text/html";

    /**
     * Default largest item accepted, in bytes: 256 KiB, a hundred times a long wire story. The
     * internal article carries the item and its cleaned copy, so this keeps every record the
     * item becomes well under Kafka's default 1 MB message limit.
     */
    public static final int DEFAULT_MAX_ITEM_BYTES = 256 * 1024;
    /** Largest --max-item-bytes accepted: Kafka's default message limit, which the raw record already had to fit. */
    public static final int MAX_ITEM_BYTES_CEILING = 1024 * 1024;

    private static final Pattern JSON_ARRAY_START =
            Pattern.compile("\\[\\s*(?:[{\\[\"\\]]|-?\\d|true\\b|false\\b|null\\b)");

    private final JsonItemParser json;
    private final TextItemParser text;
    private final HtmlItemParser html;
    private final int maxItemBytes;

    /** A parser using the bundled agency and time-zone tables and the default size limit. */
    public FeedParser() {
        this(DEFAULT_MAX_ITEM_BYTES);
    }

    /**
     * A parser using the bundled tables that refuses items over {@code maxItemBytes}.
     *
     * @throws IllegalArgumentException naming {@code --max-item-bytes} when out of range
     */
    public FeedParser(int maxItemBytes) {
        this(Agencies.standard(), maxItemBytes);
    }

    FeedParser(Agencies agencies) {
        this(agencies, DEFAULT_MAX_ITEM_BYTES);
    }

    FeedParser(Agencies agencies, int maxItemBytes) {
        if (maxItemBytes < 1 || maxItemBytes > MAX_ITEM_BYTES_CEILING) {
            throw new IllegalArgumentException("--max-item-bytes must be 1.." + MAX_ITEM_BYTES_CEILING + ", was "
                    + maxItemBytes);
        }
        this.json = new JsonItemParser(agencies);
        this.text = new TextItemParser(agencies);
        this.html = new HtmlItemParser(agencies);
        this.maxItemBytes = maxItemBytes;
    }

    /** The largest item, in bytes, this parser accepts. */
    public int maxItemBytes() {
        return maxItemBytes;
    }

    /**
     * Parses one record.
     *
     * @param key         the record key: the agency item id, or {@code null}
     * @param value       the record value, UTF-8 bytes
     * @param contentType the {@code content-type} header, or {@code null} to sniff
     *                    ({@code {} or {@code [} first means JSON, {@code <html} or a doctype HTML)
     * @return the item
     * @throws FeedParseException when the input is unusable, with the reason in the message
     */
    public FeedItem parse(String key, byte[] value, String contentType) {
        try {
            return parseStrictly(key, value, contentType);
        } catch (FeedParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // a bug, not bad input: still a dead letter rather than a crashed stream thread
            throw new FeedParseException("internal parser error: " + e, e);
        }
    }

    /** As {@link #parse}, without the safety net: the fuzz test calls this to catch bugs. */
    FeedItem parseStrictly(String key, byte[] value, String contentType) {
        if (value == null || value.length == 0) {
            throw new FeedParseException("empty input");
        }
        // Checked before decoding: an oversized item costs nothing and never reaches a stage that copies it.
        if (value.length > maxItemBytes) {
            throw new FeedParseException("item is " + value.length + " bytes, over the limit of " + maxItemBytes
                    + " bytes (--max-item-bytes)");
        }
        String decoded = decode(value);
        if (decoded.isBlank()) {
            throw new FeedParseException("empty input");
        }
        // Text is tidied before it is read, so a closing control character is not its last line; the other
        // formats' strings exist only once their syntax has been parsed.
        return switch (format(decoded, contentType)) {
            case JSON -> PlainText.tidy(json.parse(key, decoded));
            case HTML -> PlainText.tidy(html.parse(key, decoded));
            case TEXT -> text.parse(key, PlainText.tidy(decoded));
        };
    }

    private enum Format { JSON, HTML, TEXT }

    private static Format format(String decoded, String contentType) {
        if (contentType != null) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals(JSON) || type.endsWith("+json")) {
                return Format.JSON;
            }
            if (type.equals(HTML) || type.equals("application/xhtml+xml")) {
                return Format.HTML;
            }
        }
        // Scrapers label pages text/plain; markup read as text would publish tags and scripts as the story.
        if (HtmlItemParser.looksLikeHtml(decoded)) {
            return Format.HTML;
        }
        if (contentType != null && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(TEXT)) {
            return Format.TEXT;
        }
        String start = decoded.stripLeading();
        // A top-level JSON array goes to the JSON parser, which refuses it by name, rather than becoming
        // an article whose headline is JSON; "[UPDATE] Floods..." stays text.
        return start.startsWith("{") || JSON_ARRAY_START.matcher(start).lookingAt() ? Format.JSON : Format.TEXT;
    }

    private static String decode(byte[] value) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String s;
        try {
            s = decoder.decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            throw new FeedParseException("not UTF-8 text", e);
        }
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        if (s.indexOf('\0') >= 0) {
            throw new FeedParseException("not text: contains NUL characters");
        }
        return s;
    }
}
