package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import io.wirestream.model.FeedItem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns one record of the raw input topic, a JSON envelope or raw scraped page text, into a
 * {@link FeedItem}.
 *
 * <p>{@code new FeedParser().parse("ani-123", bytes, "text/plain")} reads the headline, byline,
 * agency, update time with its zone, dateline, body paragraphs and tag line. Input that cannot
 * be used throws {@link FeedParseException} naming the reason; no other exception escapes.
 */
public final class FeedParser {

    /** Content type of the JSON envelope. */
    public static final String JSON = "application/json";
    /** Content type of raw scraped text. */
    public static final String TEXT = "text/plain";

    private final JsonItemParser json;
    private final TextItemParser text;

    /** A parser using the bundled agency and time-zone tables. */
    public FeedParser() {
        this(Agencies.standard());
    }

    FeedParser(Agencies agencies) {
        this.json = new JsonItemParser(agencies);
        this.text = new TextItemParser(agencies);
    }

    /**
     * Parses one record.
     *
     * @param key         the record key: the agency item id, or {@code null}
     * @param value       the record value, UTF-8 bytes
     * @param contentType the {@code content-type} header, or {@code null} to sniff
     *                    ({@code {} first means JSON)
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
        String decoded = decode(value);
        if (decoded.isBlank()) {
            throw new FeedParseException("empty input");
        }
        if (isJson(decoded, contentType)) {
            return json.parse(key, decoded);
        }
        return text.parse(key, decoded);
    }

    private static boolean isJson(String decoded, String contentType) {
        if (contentType != null) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals(JSON) || type.endsWith("+json")) {
                return true;
            }
            if (type.equals(TEXT)) {
                return false;
            }
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{';
            }
        }
        return false;
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
