package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void shouldReadShortAndIsoForms() {
        assertEquals(Duration.ofDays(7), converter.convert("7d"));
        assertEquals(Duration.ofHours(12), converter.convert("12h"));
        assertEquals(Duration.ofMinutes(30), converter.convert("30m"));
        assertEquals(Duration.ofSeconds(45), converter.convert("45s"));
        assertEquals(Duration.ofDays(2), converter.convert("P2D"));
        assertEquals(Duration.ofHours(1), converter.convert("pt1h"));
    }

    @Test
    void shouldNameTheBadValue() {
        var e = assertThrows(TypeConversionException.class, () -> converter.convert("week"));
        assertTrue(e.getMessage().contains("'week'"));
        assertThrows(TypeConversionException.class, () -> converter.convert(""));
        assertThrows(TypeConversionException.class, () -> converter.convert("7y"));
    }
}
