package io.wirestream.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import io.wirestream.model.Article;
import io.wirestream.topology.OfflinePipeline;
import io.wirestream.topology.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real output of every bundled sample against IPTC's ninjs 2.2 and against Wirestream's extension of it. */
class ArticleSchemaTest {

    private static final List<String> SAMPLES = List.of("ani-tokyo-embassy.txt", "ani-tokyo-embassy-other-portal.txt",
            "pti-delhi.json", "reuters-nairobi.json", "ap-washington.json", "no-place.json", "pti-delhi-update.json",
            "ani-tokyo-embassy.txt");

    private static List<ObjectNode> outputs;

    @BeforeAll
    static void runTheSamples() throws IOException {
        OfflinePipeline pipeline = new OfflinePipeline(Stages.standard());
        outputs = new ArrayList<>();
        for (String sample : SAMPLES) {
            try (InputStream in = ArticleSchemaTest.class.getResourceAsStream("/io/wirestream/cli/demo/" + sample)) {
                Article a = pipeline.process(null, in.readAllBytes(), null);
                outputs.add((ObjectNode) Json.MAPPER.readTree(new ArticleSerializer().serialize("news.enriched", a)));
            }
        }
    }

    @Test
    void shouldValidateEveryOutputAgainstWirestreamsSchema() {
        for (JsonNode out : outputs) {
            assertEquals(Set.of(), ArticleSchemas.wirestream().validate(out), out.toString());
        }
    }

    @Test
    void shouldValidateEveryOutputAgainstIptcNinjsType() {
        for (JsonNode out : outputs) {
            assertEquals(Set.of(), ArticleSchemas.ninjsType().validate(out), out.toString());
        }
    }

    @Test
    void shouldBeStrictNinjsOnceTheExtensionBlockIsSetAside() {
        for (ObjectNode out : outputs) {
            ObjectNode standard = out.deepCopy();
            standard.remove("wirestream");
            assertEquals(Set.of(), ArticleSchemas.ninjs().validate(standard), standard.toString());
        }
    }

    @Test
    void shouldRejectAPropertyNeitherNinjsNorTheExtensionDefines() {
        ObjectNode out = outputs.get(0).deepCopy();
        out.putArray("links").addObject().put("href", "https://example.org/");
        Set<ValidationMessage> errors = ArticleSchemas.wirestream().validate(out);
        assertFalse(errors.isEmpty());
        assertTrue(errors.toString().contains("links"), errors.toString());
    }

    @Test
    void shouldLabelFrenchAndHindiItemsAndSaySoWhenEntityExtractionIsSkipped() throws Exception {
        OfflinePipeline pipeline = new OfflinePipeline(Stages.standard());
        String french = "{\"id\": \"afp-1\", \"agency\": \"AFP\", \"language\": \"fr\", \"headline\": "
                + "\"Un plan pour les agriculteurs\", \"body\": \"Le gouvernement a annoncé mardi un nouveau plan pour "
                + "soutenir les agriculteurs touchés par la sécheresse à Paris.\"}";
        String hindi = "{\"id\": \"pti-hi-1\", \"agency\": \"PTI\", \"headline\": \"किसानों के लिए नई योजना\", "
                + "\"body\": \"सरकार ने मंगलवार को सूखे से प्रभावित किसानों की मदद के लिए एक नई योजना की घोषणा की। "
                + "मंत्री ने कहा कि सहायता राशि अगले महीने से दी जाएगी।\"}";
        for (String[] c : new String[][] {{french, "fr"}, {hindi, "hi"}}) {
            Article a = pipeline.process(null, c[0].getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
            JsonNode out = Json.MAPPER.readTree(new ArticleSerializer().serialize("news.enriched", a));
            assertEquals(c[1], out.path("language").asText(), out.toString());
            assertTrue(out.path("wirestream").path("skipped").path("entities").asText().contains("'" + c[1] + "'"),
                    out.toString());
            assertFalse(out.path("wirestream").path("extras").has("language"), out.toString());
            assertEquals(Set.of(), ArticleSchemas.wirestream().validate(out), out.toString());
        }
        assertEquals("en", outputs.get(0).path("language").asText());
        assertFalse(outputs.get(0).path("wirestream").has("skipped"));
    }

    @Test
    void shouldNameTheStandardAndTheSchema() {
        JsonNode standard = outputs.get(0).path("standard");
        assertEquals("ninjs", standard.path("name").asText());
        assertEquals("2.2", standard.path("version").asText());
        assertEquals(ArticleJson.SCHEMA_ID, standard.path("schema").asText());
    }

    @Test
    void shouldPutTheSourceUrlInARenditionAndGeoNamesUrisOnCountries() {
        JsonNode delhi = outputs.get(2);
        assertEquals("source", delhi.path("renditions").path(0).path("name").asText(), delhi.toString());
        boolean india = false;
        for (JsonNode p : delhi.path("places")) {
            if (p.path("name").asText().equals("India")) {
                assertEquals("https://sws.geonames.org/1269750/", p.path("uri").asText());
                india = true;
            }
        }
        assertTrue(india, delhi.path("places").toString());
    }
}
