package io.wirestream.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SportSlugsTest {

    @Test
    void shouldKnowSportsInAnyCaseAndNoPlace() {
        assertTrue(SportSlugs.contains("SOCCER"));
        assertTrue(SportSlugs.contains("Ice Hockey"));
        assertFalse(SportSlugs.contains("LONDON"));
        assertFalse(SportSlugs.contains("NEW YORK"));
    }
}
