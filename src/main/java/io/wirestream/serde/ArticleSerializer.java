package io.wirestream.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.wirestream.model.Article;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes articles to the output topics as ninjs JSON, stamping the {@code schema} header and
 * replacing the input's {@code content-type} (Kafka Streams passes input headers through).
 */
public final class ArticleSerializer implements Serializer<Article> {

    /** Header that names the output schema version, so consumers can tell before parsing. */
    public static final String SCHEMA_HEADER = "schema";

    public static final String CONTENT_TYPE_HEADER = "content-type";

    private static final byte[] JSON = "application/json".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SCHEMA = String.valueOf(ArticleJson.SCHEMA_VERSION).getBytes(StandardCharsets.UTF_8);

    @Override
    public byte[] serialize(String topic, Article data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.MAPPER.writeValueAsBytes(ArticleJson.toJson(data));
        } catch (IOException e) {
            throw new SerializationException("cannot write article " + data.id() + " as JSON", e);
        }
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Article data) {
        if (headers != null && data != null) {
            headers.remove(SCHEMA_HEADER);
            headers.add(SCHEMA_HEADER, SCHEMA);
            headers.remove(CONTENT_TYPE_HEADER);
            headers.add(CONTENT_TYPE_HEADER, JSON);
        }
        return serialize(topic, data);
    }
}
