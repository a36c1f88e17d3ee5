package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The README's first command, end to end on an embedded broker. */
class DemoCommandTest {

    @Test
    void shouldAccountForEveryBundledItemAndShowTheSeedArticle() {
        CommandRun run = CommandRun.of("demo");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // pti-delhi.json arrives within one dedupe grace of its newer text, pti-delhi-update.json: superseded.
        assertTrue(out.contains("9 items published to news.raw -> 5 enriched, 3 duplicates, 1 dead letters"), out);
        assertTrue(out.contains("id duplicate of") && out.contains("content duplicate of"), out);
        assertTrue(out.contains("stage parse: invalid JSON"), out);
        assertTrue(out.matches("(?s).*news\\.region\\.europe\\s+1\\s+Russian Embassy in Japan.*"), out);
        assertTrue(out.matches("(?s).*news\\.region\\.asia\\s+1\\s+Russian Embassy in Japan.*"), out);
        assertTrue(out.contains("\"credit\" : \"ANI/Sputnik\""), out);
    }
}
