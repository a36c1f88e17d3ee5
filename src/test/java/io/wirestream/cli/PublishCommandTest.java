package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing against a real broker is covered by {@link EndToEndBrokerTest}. */
class PublishCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldShowKeysOnDryRun() throws Exception {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"pti-1\",\"headline\":\"H\",\"body\":\"B.\"}\n{\"id\": \"cut\n");
        CommandRun run = CommandRun.of("publish", "--dry-run", dir.resolve("feed.jsonl").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pti-1\t"), run.out());
        assertTrue(run.out().contains("(no key: the stream derives the id)"), run.out());
        assertTrue(run.out().contains("2 item(s) would be published to news.raw"), run.out());
    }

    @Test
    void shouldRequireAnInput() {
        assertEquals(2, CommandRun.of("publish").exitCode());
    }

    @Test
    void shouldSendNothingWhenAnyInputIsMissing() throws Exception {
        Files.writeString(dir.resolve("good.json"), "{\"id\":\"pti-1\",\"headline\":\"H\",\"body\":\"B.\"}");
        // Port 1 is closed: reaching Kafka would fail with exit 1, not name the file with exit 2.
        CommandRun run = CommandRun.of("publish", "--bootstrap-server", "127.0.0.1:1",
                dir.resolve("good.json").toString(), dir.resolve("missing.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.json"), run.err());
    }

    @Test
    void shouldNameAMissingFile() {
        CommandRun run = CommandRun.of("publish", "--dry-run", "no/such/file.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no/such/file.json"), run.err());
    }
}
