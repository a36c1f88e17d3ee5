package io.wirestream.serde;

import java.io.IOException;

import io.wirestream.model.Article;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The serde of the output topics: writes an article as ninjs JSON ({@link ArticleSerializer}) and
 * reads one back into an {@link Article} ({@link ArticleJson#read}), for the commands and for any
 * Java consumer.
 */
public final class ArticleSerde implements Serde<Article> {

    private final ArticleSerializer serializer = new ArticleSerializer();

    @Override
    public Serializer<Article> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<Article> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return ArticleJson.read(Json.MAPPER.readTree(bytes));
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot read an article from " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
