package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WirestreamTest {

    @Test
    void shouldListEveryVerbInHelp() {
        CommandRun run = CommandRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String verb : new String[] {"run", "publish", "tail", "enrich", "replay", "demo", "broker"}) {
            assertTrue(run.out().contains(verb), verb + " missing from\n" + run.out());
        }
    }

    @Test
    void shouldExplainEveryVerb() {
        for (String verb : new String[] {"run", "publish", "tail", "enrich", "replay", "demo", "broker"}) {
            CommandRun run = CommandRun.of(verb, "--help");
            assertEquals(0, run.exitCode(), verb);
            assertTrue(run.out().contains("Usage: wirestream " + verb), run.out());
        }
    }

    @Test
    void shouldRejectAnUnknownOptionWithUsageExitCode() {
        CommandRun run = CommandRun.of("run", "--bootstrap-servers", "x:9092");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--bootstrap-servers"), run.err());
    }
}
