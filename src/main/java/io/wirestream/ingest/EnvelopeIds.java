package io.wirestream.ingest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the {@code id} of a JSON envelope without parsing the item, so a publisher can key a
 * record cheaply; the stream parses the item once, and derives an id for input that gives none.
 */
public final class EnvelopeIds {

    private static final JsonFactory JSON = new JsonFactory();

    private EnvelopeIds() {
    }

    /**
     * The top-level {@code "id"} of a JSON object (a string, or a number as written), or
     * {@code null} when the value is not a JSON object or has no usable id.
     */
    public static String of(byte[] value) {
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken token = p.nextToken();
                if ("id".equals(field)) {
                    boolean usable = token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT;
                    String id = usable ? p.getText().strip() : null;
                    return id == null || id.isEmpty() ? null : id;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null; // malformed: the stream dead-letters it with the parser's reason
        }
    }
}
