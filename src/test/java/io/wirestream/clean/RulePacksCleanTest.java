package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirestream.text.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newsroom's rule packs reach the cleaner's rules without a rebuild. */
class RulePacksCleanTest {

    private static final String STORY = "The minister said on Monday that talks would resume after the holiday.";
    private static final String MORE = "Officials from both sides are expected to attend the first round in Geneva.";

    @TempDir
    Path dir;

    private RulePacks packs(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return RulePacks.load(dir);
    }

    /** The cleaner's whole chain over one draft, as {@link Cleaner#clean} runs it. */
    private static Draft cleaned(Cleaner cleaner, String headline, String... paragraphs) {
        Draft draft = new Draft(headline, List.of(paragraphs));
        for (CleanRule rule : cleaner.rules()) {
            rule.apply(draft);
        }
        return draft;
    }

    @Test
    void shouldRemoveAChromeLineGivenOnlyInAPackFile() throws IOException {
        String chrome = "Gulf Ledger Morning Briefing";
        assertEquals(List.of(STORY, chrome, MORE), cleaned(Cleaner.standard(), "H", STORY, chrome, MORE).paragraphs());
        Cleaner cleaner = Cleaner.standard(packs("page-chrome.txt", "# ours\ngulf ledger morning briefing\n"));
        Draft draft = cleaned(cleaner, "H", STORY, chrome, MORE);
        assertEquals(List.of(STORY, MORE), draft.paragraphs());
        assertEquals("page-chrome", draft.removals().get(0).rule());
    }

    @Test
    void shouldKeepTheBundledLinesWhenAPackAddsToThem() throws IOException {
        Cleaner cleaner = Cleaner.standard(packs("page-chrome.txt", "gulf ledger morning briefing\n"));
        assertEquals(List.of(STORY, MORE), cleaned(cleaner, "H", STORY, "Open in App", MORE).paragraphs());
    }

    @Test
    void shouldRemoveADisclaimerWordedOnlyInAPackFile() throws IOException {
        String note = "Kindly note that the Ledger desk only formats agency text for the web.";
        assertEquals(List.of(STORY, MORE, note), cleaned(Cleaner.standard(), "H", STORY, MORE, note).paragraphs());
        Cleaner cleaner = Cleaner.standard(packs("disclaimers.txt", "only formats * text for the web\n"));
        assertEquals(List.of(STORY, MORE), cleaned(cleaner, "H", STORY, MORE, note).paragraphs());
    }

    @Test
    void shouldStripAHeadlineSuffixGivenInAPackFile() throws IOException {
        String headline = "Talks to resume after the holiday | Gulf Ledger Politics";
        Cleaner cleaner = Cleaner.standard(packs("headline-suffixes.txt", "Gulf Ledger Politics\n"));
        assertEquals(headline, cleaned(Cleaner.standard(), headline, STORY).headline());
        assertEquals("Talks to resume after the holiday", cleaned(cleaner, headline, STORY).headline());
    }
}
