package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.model.Article;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.serde.ArticleJson;
import io.wirestream.topology.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The traps of region routing, through the real text stages (parse, clean, NER, classify). */
class GeoPipelineTest {

    private static final Stages STAGES = Stages.standard();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Article run(String headline, String... paragraphs) {
        ObjectNode envelope = JSON.createObjectNode().put("id", "geo-1").put("headline", headline);
        for (String p : paragraphs) {
            envelope.withArray("body").add(p);
        }
        try {
            return run(JSON.writeValueAsBytes(envelope), "application/json");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Article run(byte[] raw, String contentType) {
        Article a = STAGES.clean().apply(STAGES.parse().parse(null, raw, contentType));
        return STAGES.classify().apply(STAGES.entities().apply(STAGES.tags().apply(a)));
    }

    /**
     * Every place {@code places} (ninjs, from the NER) names that the gazetteer knows is among
     * {@code wirestream.places}, by its own name or its country's.
     */
    private static void assertPlacesAgree(Article a) {
        JsonNode json = JSON.valueToTree(ArticleJson.toJson(a));
        Set<String> resolved = new HashSet<>();
        json.path("wirestream").path("places").forEach(p -> {
            resolved.add(p.path("name").asText());
            resolved.add(p.path("country").asText());
        });
        for (JsonNode p : json.path("places")) {
            String name = p.path("name").asText();
            Gazetteer.standard().lookup(name).ifPresent(c -> assertTrue(resolved.contains(name) || resolved.contains(c.code()),
                    p + " not among " + json.path("wirestream").path("places")));
        }
    }

    @Test
    void shouldNotSendMichaelJordanToTheMiddleEast() {
        Article a = run("Michael Jordan buys stake in team",
                "CHARLOTTE, N.C., June 15 - Michael Jordan agreed to buy a minority stake in the Charlotte Bobcats, the team said.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks());
        assertTrue(a.places().stream().noneMatch(p -> "JO".equals(p.countryCode())), a.places().toString());
        assertPlacesAgree(a);
        Article bare = run("Michael Jordan buys stake in team");
        assertTrue(bare.regions().desks().stream().noneMatch(d -> d == Region.MIDDLE_EAST), bare.regions().toString());
        assertPlacesAgree(bare);
    }

    @Test
    void shouldSendTheGeorgiaGovernorToTheAmericas() {
        Article a = run("Georgia governor signs budget", "The governor signed the budget in Atlanta on Tuesday.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks(), a.regions().toString());
        assertPlacesAgree(a);
    }

    @Test
    void shouldGiveAnAllCapsNewDelhiStoryToSouthAsia() {
        Article a = run("INDIA, U.S. AGREE ON TRADE", "NEW DELHI, MARCH 4 - INDIA AND THE UNITED STATES AGREED ON A TRADE PACT, OFFICIALS SAID.");
        assertEquals(Region.SOUTH_ASIA, a.regions().primary(), a.regions().toString());
        assertTrue(a.regions().desks().contains(Region.AMERICAS), a.regions().toString());
    }

    @Test
    void shouldFindTheStateOfAUsDateline() {
        Article a = run("", "STAMFORD, Conn., Feb 26 (Reuters) - Xerox Corp said first-quarter profit rose.");
        assertEquals(List.of(Region.AMERICAS), a.regions().desks());
        RegionAssignment.Evidence top = a.regions().evidence().get(0);
        assertEquals("dateline", top.field());
        assertEquals("Stamford", top.place());
    }

    @Test
    void shouldSendTheSeedSampleToAsiaOrEuropeAndBoth() throws IOException {
        byte[] raw;
        try (InputStream in = GeoPipelineTest.class.getResourceAsStream("/io/wirestream/samples/ani-tokyo-embassy.txt")) {
            raw = in.readAllBytes();
        }
        Article a = run(raw, "text/plain");
        RegionAssignment r = a.regions();
        assertTrue(r.primary() == Region.ASIA || r.primary() == Region.EUROPE, r.toString());
        assertTrue(r.desks().contains(Region.ASIA) && r.desks().contains(Region.EUROPE), r.toString());
        assertPlacesAgree(a);
    }
}
