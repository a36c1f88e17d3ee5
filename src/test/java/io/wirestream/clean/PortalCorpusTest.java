package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The portal fixture corpus: the same agency stories scraped from many portals, each with its
 * own chrome, disclaimer and time stamp. Every copy must clean to its story's body, byte for
 * byte; the labelled chrome gives the precision and recall of removed paragraphs.
 *
 * <p>Layout: {@code portals/stories/<story>.txt} is the story's body as the agency sent it, the
 * label of every story paragraph; {@code portals/<set>/<portal>/<story>.txt} is one scraped page
 * and {@code <story>.chrome} beside it lists, one a line, its paragraphs that are chrome. Set
 * {@code tuned} is what the rules were developed on; {@code held-out} was written with it and
 * never looked at while tuning.
 */
class PortalCorpusTest {

    static final Path ROOT = Path.of("src/test/resources/io/wirestream/clean/portals");

    @Test
    void shouldCleanEveryTunedCopyToItsStoryBody() {
        assertEveryCopyCleansToItsStory("tuned");
    }

    @Test
    void shouldCleanEveryHeldOutCopyToItsStoryBody() {
        assertEveryCopyCleansToItsStory("held-out");
    }

    @Test
    void shouldHaveFifteenPortalsAndFiveStoriesOnThreeOrMore() {
        List<Page> pages = pages("tuned");
        pages.addAll(pages("held-out"));
        assertEquals(true, pages.stream().map(Page::portal).distinct().count() >= 15);
        long widelyCopied = pages.stream().map(Page::story).distinct()
                .filter(s -> pages.stream().filter(p -> p.story().equals(s)).count() >= 3).count();
        assertEquals(true, widelyCopied >= 5);
    }

    @Test
    void shouldReportPrecisionAndRecallOfRemovedParagraphs() {
        for (String set : List.of("tuned", "held-out")) {
            Score s = score(pages(set));
            System.out.printf(Locale.ROOT, "portal corpus %s: %d pages, %d paragraphs reach clean, %d chrome; "
                    + "removed %d (tp %d, fp %d, fn %d); precision %.3f recall %.3f%n", set, s.pages, s.paragraphs,
                    s.tp + s.fn, s.tp + s.fp, s.tp, s.fp, s.fn, s.precision(), s.recall());
            s.errors.forEach(e -> System.out.println("  " + e));
        }
    }

    private static void assertEveryCopyCleansToItsStory(String set) {
        List<String> failures = new ArrayList<>();
        for (Page page : pages(set)) {
            String expected = read(ROOT.resolve("stories").resolve(page.story() + ".txt")).strip();
            String body = clean(page).body();
            if (!expected.equals(body)) {
                List<String> story = List.of(expected.split("\n\n"));
                List<String> kept = new ArrayList<>(List.of(body.split("\n\n")));
                List<String> lost = story.stream().filter(x -> !kept.contains(x)).toList();
                kept.removeAll(story);
                failures.add(page.portal() + "/" + page.story() + " kept " + kept + " lost " + lost);
            }
        }
        assertEquals(List.of(), failures, set);
    }

    static Article clean(Page page) {
        FeedItem item = new FeedParser().parse(null, read(page.path()).getBytes(StandardCharsets.UTF_8), "text/plain");
        return Cleaner.standard().clean(item);
    }

    /** Precision and recall of whole paragraphs removed, over the paragraphs that reach the clean stage. */
    static Score score(List<Page> pages) {
        Score s = new Score();
        for (Page page : pages) {
            Set<String> chrome = new HashSet<>(read(page.path().resolveSibling(page.story() + ".chrome")).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList());
            FeedItem item = new FeedParser().parse(null, read(page.path()).getBytes(StandardCharsets.UTF_8), "text/plain");
            List<String> kept = Cleaner.standard().clean(item).paragraphs();
            s.pages++;
            for (String raw : item.paragraphs()) {
                String p = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
                boolean isChrome = chrome.contains(raw.strip());
                boolean removed = kept.stream().noneMatch(p::startsWith);
                s.paragraphs++;
                if (isChrome && removed) {
                    s.tp++;
                } else if (removed) {
                    s.fp++;
                    s.errors.add("removed story: " + page.portal() + "/" + page.story() + ": " + p);
                } else if (isChrome) {
                    s.fn++;
                    s.errors.add("kept chrome: " + page.portal() + "/" + page.story() + ": " + p);
                }
            }
        }
        return s;
    }

    static List<Page> pages(String set) {
        try (Stream<Path> files = Files.walk(ROOT.resolve(set))) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> new Page(p.getParent().getFileName().toString(),
                            p.getFileName().toString().replaceFirst("\\.txt$", ""), p))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Page(String portal, String story, Path path) {
    }

    static final class Score {
        int pages;
        int paragraphs;
        int tp;
        int fp;
        int fn;
        final List<String> errors = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }
}
