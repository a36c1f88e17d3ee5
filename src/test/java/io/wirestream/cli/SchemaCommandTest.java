package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.serde.ArticleJson;
import io.wirestream.serde.Json;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void shouldPrintTheProjectSchemaBuiltOnNinjsType() throws Exception {
        CommandRun run = CommandRun.of("schema");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode schema = Json.MAPPER.readTree(run.out());
        assertEquals(ArticleJson.SCHEMA_ID, schema.path("$id").asText());
        assertEquals("http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#/$defs/ninjsType",
                schema.path("allOf").path(0).path("$ref").asText());
    }

    @Test
    void shouldPrintIptcsNinjsSchemaOnRequest() throws Exception {
        CommandRun run = CommandRun.of("schema", "--ninjs");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#",
                Json.MAPPER.readTree(run.out()).path("$id").asText());
    }
}
