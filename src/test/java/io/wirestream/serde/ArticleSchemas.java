package io.wirestream.serde;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The output schemas as an off-the-shelf validator sees them, offline: IPTC's ninjs URIs resolve to the
 * vendored copy on the classpath (GeoJSON, which ninjs refers to for a field we never write, to a stand-in
 * test resource), and formats ({@code uri}, {@code date-time}) are asserted.
 */
public final class ArticleSchemas {

    private static final String NINJS = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("http://www.iptc.org/std/ninjs/", "classpath:schema/")
                    .mapPrefix("https://geojson.org/schema/", "classpath:geojson/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private ArticleSchemas() {
    }

    /** Wirestream's schema: allOf ninjsType plus the extension, nothing else. */
    public static JsonSchema wirestream() {
        return FACTORY.getSchema(SchemaLocation.of("classpath:" + ArticleJson.SCHEMA_RESOURCE.substring(1)), CONFIG);
    }

    /** IPTC's {@code ninjsType}, the part of ninjs an extension builds on (it allows extra properties). */
    public static JsonSchema ninjsType() {
        return FACTORY.getSchema(SchemaLocation.of(NINJS + "#/$defs/ninjsType"), CONFIG);
    }

    /** IPTC's ninjs 2.2 schema itself, which allows no property ninjs does not define. */
    public static JsonSchema ninjs() {
        return FACTORY.getSchema(SchemaLocation.of(NINJS), CONFIG);
    }
}
