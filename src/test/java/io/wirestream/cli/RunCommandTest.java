package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code run}'s options that fail before anything starts; the running topology has broker tests of its own. */
class RunCommandTest {

    @Test
    void shouldRefuseAChromeThresholdThatWouldRemoveWhatWasSeenOnceBeforeStartingAnything() {
        CommandRun run = CommandRun.of("run", "--bootstrap-server", "127.0.0.1:1", "--chrome-min-stories", "1");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--chrome-min-stories must be >= 2"), run.err());
    }

    @Test
    void shouldRefuseAnEmptyChromeHorizonNamingTheOption() {
        CommandRun run = CommandRun.of("run", "--bootstrap-server", "127.0.0.1:1", "--chrome-horizon", "0s");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--chrome-horizon must be positive"), run.err());
    }

    @Test
    void shouldDocumentTheChromeOptionsWithTheirDefaults() {
        CommandRun run = CommandRun.of("run", "--help");
        assertTrue(run.out().contains("--chrome-min-stories=N"), run.out());
        assertTrue(run.out().contains("(default: 4)"), run.out());
        assertTrue(run.out().contains("--chrome-horizon"), run.out());
    }
}
