package io.wirestream.extract;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedSampleTest {

    private static Article enriched;

    @BeforeAll
    static void extract() {
        enriched = Shared.EXTRACTOR.extract(Articles.tokyoEmbassy());
        enriched.entities().forEach(e -> System.out.println("  " + e.type() + " " + e.name() + " x" + e.count()
                + " aliases=" + e.aliases()));
    }

    private static List<String> names(Entity.Type type) {
        return enriched.entities().stream().filter(e -> e.type() == type).map(Entity::name)
                .collect(Collectors.toList());
    }

    @Test
    void shouldListBidenAndKishidaAsPeople() {
        assertTrue(names(Entity.Type.PERSON).containsAll(List.of("Joe Biden", "Fumio Kishida")),
                names(Entity.Type.PERSON).toString());
    }

    @Test
    void shouldListTheOrganisations() {
        List<String> orgs = names(Entity.Type.ORGANISATION);
        assertTrue(orgs.containsAll(List.of("Russian Embassy", "White House", "NATO",
                "Organization for Security and Cooperation in Europe")), orgs.toString());
    }

    @Test
    void shouldListThePlaces() {
        List<String> places = names(Entity.Type.PLACE);
        assertTrue(places.containsAll(List.of("Tokyo", "Japan", "Ukraine", "Russia", "Washington", "Geneva",
                "Brussels", "Vienna")), places.toString());
    }

    @Test
    void shouldNotListTheAgencyFromItsCredits() {
        assertFalse(enriched.entities().stream().anyMatch(e -> e.name().equals("ANI")
                || e.aliases().contains("ANI") || e.name().equals("Sputnik")), enriched.entities().toString());
    }

    @Test
    void shouldResolveKievToKyivKeepingTheAlias() {
        Entity kyiv = enriched.entities().stream().filter(e -> e.name().equals("Kyiv")).findFirst().orElseThrow();
        assertTrue(kyiv.aliases().contains("Kiev"));
        assertTrue(kyiv.mentions().stream().allMatch(m -> m.text().equals("Kiev")));
    }
}
