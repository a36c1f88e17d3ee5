package io.wirestream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePacksTest {

    @TempDir
    Path dir;

    @Test
    void shouldAddAPackFilesLinesAfterTheBundledOnes() throws IOException {
        Files.writeString(dir.resolve("chrome-words.txt"), "# our portal's words\nbriefing\n\n  newsletter  \n");
        List<String> words = RulePacks.load(dir).lines(Chrome.class, "chrome-words.txt");
        List<String> bundled = WordLists.lines(Chrome.class, "chrome-words.txt");
        assertEquals(bundled, words.subList(0, bundled.size()));
        assertEquals(List.of("briefing", "newsletter"), words.subList(bundled.size(), words.size()));
    }

    @Test
    void shouldReplaceTheBundledListWhenTheFirstLineSaysSo() throws IOException {
        Files.writeString(dir.resolve("chrome-words.txt"), "#replace\nbriefing\n");
        assertEquals(List.of("briefing"), RulePacks.load(dir).lines(Chrome.class, "chrome-words.txt"));
    }

    @Test
    void shouldLeaveListsWithoutAPackFileAsBundled() {
        assertEquals(WordLists.lines(Chrome.class, "page-chrome.txt"),
                RulePacks.bundled().lines(Chrome.class, "page-chrome.txt"));
    }

    @Test
    void shouldNameFileAndLineOfAnEntryWithoutWords() throws IOException {
        Path file = dir.resolve("page-chrome.txt");
        Files.writeString(file, "open our app\n# a comment\n--- * ---\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RulePacks.load(dir));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
    }

    @Test
    void shouldRejectAFileThatIsNoPackByName() throws IOException {
        Files.writeString(dir.resolve("page-crome.txt"), "open our app\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RulePacks.load(dir));
        assertTrue(e.getMessage().contains("page-crome.txt") && e.getMessage().contains("page-chrome.txt"), e.getMessage());
    }
}
