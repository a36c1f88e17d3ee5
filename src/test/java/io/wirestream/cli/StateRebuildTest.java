package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateRebuildTest {

    private static final String APP = "wirestream";

    @TempDir
    Path stateDir;

    private Path appDir() {
        return stateDir.resolve(APP);
    }

    private void task(String id) throws IOException {
        Path store = Files.createDirectories(appDir().resolve(id).resolve("rocksdb").resolve("dedupe-store"));
        Files.writeString(appDir().resolve(id).resolve(".checkpoint"), "0\n");
        Files.writeString(store.resolve("CURRENT"), "MANIFEST-000001\n");
    }

    @Test
    void shouldSayWhyWhenLocalStateHasNoChangelogsOnTheBroker() throws IOException {
        task("1_0");
        task("1_1");
        Optional<String> line = StateRebuild.reason(appDir(), APP, Set.of("news.raw", "news.enriched"));
        assertTrue(line.isPresent());
        assertTrue(line.get().contains(appDir().toString()) && line.get().contains("2 task(s)")
                && line.get().contains("reset broker"), line.get());
        assertEquals(1, line.get().lines().count());
    }

    @Test
    void shouldStayQuietOnAnOrdinaryRestart() throws IOException {
        task("1_0");
        assertEquals(Optional.empty(), StateRebuild.reason(appDir(), APP,
                Set.of("news.raw", APP + "-dedupe-store-changelog")));
    }

    @Test
    void shouldStayQuietWithoutLocalState() throws IOException {
        assertEquals(Optional.empty(), StateRebuild.reason(appDir(), APP, Set.of()));
        // a task that only took its lock never wrote state, and another application's changelogs are not ours
        Files.createDirectories(appDir().resolve("0_0"));
        Files.writeString(appDir().resolve("0_0").resolve(".lock"), "");
        Files.createDirectories(appDir().resolve("kafka-streams-process-metadata"));
        assertEquals(Optional.empty(), StateRebuild.reason(appDir(), APP, Set.of("other-dedupe-store-changelog")));
    }
}
