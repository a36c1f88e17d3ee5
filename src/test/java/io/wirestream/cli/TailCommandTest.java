package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tailing a real broker is covered by {@link EndToEndBrokerTest}. */
class TailCommandTest {

    @Test
    void shouldNameTheKnownDesksForAnUnknownRegion() {
        CommandRun run = CommandRun.of("tail", "--region", "atlantis", "--bootstrap-server", "127.0.0.1:1");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("atlantis") && run.err().contains("south-asia"), run.err());
    }

    @Test
    void shouldRejectTopicAndRegionTogether() {
        CommandRun run = CommandRun.of("tail", "--region", "europe", "--topic", "news.dlq");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--topic and --region"), run.err());
    }
}
