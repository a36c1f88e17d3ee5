package io.wirestream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgenciesTest {

    @Test
    void shouldListEveryCanonicalNameAndAliasInFileOrder() {
        Agencies a = new Agencies(List.of("AFP | Agence France-Presse", "Reuters"));
        assertEquals(List.of("AFP", "Agence France-Presse", "Reuters"), a.names());
    }

    @Test
    void shouldResolveEveryListedNameOfTheStandardList() {
        Agencies standard = Agencies.standard();
        assertTrue(standard.names().containsAll(List.of("AFP", "Agence France-Presse", "NDTV")));
        for (String name : standard.names()) {
            assertTrue(standard.canonical(name) != null, name);
        }
    }
}
