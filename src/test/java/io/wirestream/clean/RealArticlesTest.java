package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Removal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing real is removed: cleans a directory of clean news articles (one article a file,
 * headline on the first line, paragraphs separated by blank lines, as in the BBC News dataset)
 * and lists every paragraph the cleaner touched. Skipped unless
 * {@code -Dclean.realCorpus=/path/to/bbc} names a directory:
 *
 * <pre>mvn -B test -Dtest=RealArticlesTest -Dclean.realCorpus=/work/data/bbc</pre>
 */
class RealArticlesTest {

    /** The issue's goal: at most 0.2 % of real paragraphs removed. */
    private static final double MAX_REMOVED_SHARE = 0.002;

    @Test
    void shouldRemoveAlmostNothingFromRealArticles() throws IOException {
        String dir = System.getProperty("clean.realCorpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "set -Dclean.realCorpus to a directory of articles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("README"))
                    .sorted().toList();
        }
        Cleaner cleaner = Cleaner.standard();
        int articles = 0;
        int paragraphs = 0;
        int touched = 0;
        List<String> report = new ArrayList<>();
        for (Path file : files) {
            // the dataset is mostly UTF-8 with a few Latin-1 bytes; a replacement character is harmless here
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String[] lines = text.strip().split("\\R", 2);
            if (lines.length < 2) {
                continue;
            }
            List<String> body = new ArrayList<>();
            for (String p : lines[1].split("\\R\\s*\\R")) {
                if (!p.isBlank()) {
                    body.add(p.strip().replaceAll("\\s*\\R\\s*", " "));
                }
            }
            FeedItem item = new FeedItem(file.getFileName().toString(), null, lines[0].strip(), null, null, body,
                    null, null, null, null, null, Map.of(), FeedItem.SourceFormat.JSON);
            Article article = cleaner.clean(item);
            articles++;
            paragraphs += body.size();
            for (Removal r : article.removals()) {
                if (r.rule().equals("headline-suffix")) {
                    report.add(String.format(Locale.ROOT, "%s  headline  %s (%.2f): %s", rel(dir, file), r.rule(), r.score(), r.text()));
                    continue;
                }
                touched++;
                report.add(String.format(Locale.ROOT, "%s  %s (%.2f): %s", rel(dir, file), r.rule(), r.score(), r.text()));
            }
        }
        double share = paragraphs == 0 ? 0 : (double) touched / paragraphs;
        System.out.printf(Locale.ROOT, "real corpus %s: %d articles, %d paragraphs, %d removals (%.3f %%)%n", dir,
                articles, paragraphs, touched, 100 * share);
        report.forEach(r -> System.out.println("  " + r));
        assertTrue(share <= MAX_REMOVED_SHARE, String.format(Locale.ROOT, "%.3f %% removed", 100 * share));
    }

    private static String rel(String dir, Path file) {
        return Path.of(dir).relativize(file).toString();
    }
}
