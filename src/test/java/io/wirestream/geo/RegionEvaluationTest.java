package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.model.Article;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.topology.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Primary-desk accuracy and desk recall on the labelled wire stories of {@code eval/} (written
 * for this project, labelled with the countries an editor would tag), run through the whole
 * text pipeline: parse, clean, tags, named entities, classify. Every fourth story is held out:
 * the rules were tuned on the others only. Prints the figures; fails only below a floor.
 *
 * <pre>mvn -B test -Dtest=RegionEvaluationTest [-Dgeo.verbose=true] [-Dgeo.threshold=0.1]</pre>
 */
class RegionEvaluationTest {

    private static final String[] FILES = {"stories-1.txt", "stories-2.txt", "stories-3.txt", "stories-4.txt"};

    /** A labelled story: the countries an editor tagged, and the JSON envelope the feed carries. */
    record Story(int index, Set<String> countries, String headline, List<String> paragraphs) {
        boolean heldOut() {
            return index % 4 == 3;
        }
    }

    static List<Story> load() throws IOException {
        List<Story> stories = new ArrayList<>();
        for (String file : FILES) {
            String text;
            try (InputStream in = RegionEvaluationTest.class.getResourceAsStream("eval/" + file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String block : text.split("\\n\\s*\\n")) {
                List<String> lines = new ArrayList<>();
                for (String l : block.split("\\n")) {
                    if (!l.startsWith("#") && !l.isBlank()) {
                        lines.add(l.strip());
                    }
                }
                if (lines.isEmpty() || !lines.get(0).startsWith("=== ")) {
                    continue;
                }
                Set<String> countries = new TreeSet<>(List.of(lines.get(0).substring(4).trim().split(",")));
                stories.add(new Story(stories.size(), countries, lines.get(1), List.copyOf(lines.subList(2, lines.size()))));
            }
        }
        return stories;
    }

    /** Counts for one slice of the stories. */
    static final class Tally {
        int stories;
        int primaryRight;
        int nonUs;
        int nonUsRight;
        int desks;
        int desksRouted;
        int routed;
        int routedWrong;

        String line(String name) {
            return String.format(Locale.ROOT, "%-9s stories %3d  primary %.3f  non-US %.3f (%d)  desks recall %.3f  routed precision %.3f",
                    name, stories, primaryRight / (double) stories, nonUsRight / (double) Math.max(1, nonUs), nonUs,
                    desksRouted / (double) desks, (routed - routedWrong) / (double) routed);
        }
    }

    @Test
    void shouldRouteLabelledWireStoriesToTheirDesks() throws IOException {
        List<Story> stories = load();
        Stages stages = Stages.standard();
        ObjectMapper json = new ObjectMapper();
        Gazetteer g = Gazetteer.standard();
        Tally dev = new Tally();
        Tally held = new Tally();
        boolean verbose = Boolean.getBoolean("geo.verbose");
        // -Dgeo.threshold=0.1 shows what another routing threshold would give.
        RegionClassifier classifier = new RegionClassifier().withThreshold(
                Double.parseDouble(System.getProperty("geo.threshold", String.valueOf(RegionClassifier.DEFAULT_THRESHOLD))));
        UnaryOperator<Article> pipeline = a -> classifier.classify(stages.entities().apply(stages.tags().apply(a)));
        for (Story s : stories) {
            ObjectNode envelope = json.createObjectNode().put("id", "eval-" + s.index()).put("headline", s.headline());
            s.paragraphs().forEach(envelope.putArray("body")::add);
            Article a = pipeline.apply(stages.clean().apply(
                    stages.parse().parse(null, json.writeValueAsBytes(envelope), "application/json")));
            RegionAssignment r = a.regions();
            Set<Region> labelled = EnumSet.noneOf(Region.class);
            for (String c : s.countries()) {
                labelled.add(g.country(c).orElseThrow(() -> new AssertionError("unknown label " + c)).desk());
            }
            Tally t = s.heldOut() ? held : dev;
            boolean right = labelled.contains(r.primary());
            t.stories++;
            t.primaryRight += right ? 1 : 0;
            if (!s.countries().contains("US")) {
                t.nonUs++;
                t.nonUsRight += right ? 1 : 0;
            }
            int found = 0;
            for (Region d : labelled) {
                found += r.desks().contains(d) ? 1 : 0;
            }
            t.desks += labelled.size();
            t.desksRouted += found;
            t.routed += r.desks().size();
            for (Region d : r.desks()) {
                t.routedWrong += labelled.contains(d) ? 0 : 1;
            }
            if (verbose && (!right || found < labelled.size())) {
                System.out.printf(Locale.ROOT, "MISS %s%d %s -> %s %s %s | %s%n", s.heldOut() ? "H" : "D", s.index(),
                        labelled, r.primary(), r.desks(), r.scores(), s.headline());
                r.evidence().forEach(e -> System.out.println("      " + e));
            }
        }
        System.out.println(dev.line("dev"));
        System.out.println(held.line("held-out"));
        Tally all = new Tally();
        for (Tally t : List.of(dev, held)) {
            all.stories += t.stories;
            all.primaryRight += t.primaryRight;
            all.nonUs += t.nonUs;
            all.nonUsRight += t.nonUsRight;
            all.desks += t.desks;
            all.desksRouted += t.desksRouted;
            all.routed += t.routed;
            all.routedWrong += t.routedWrong;
        }
        System.out.println(all.line("all"));
        assertTrue(stories.size() >= 300, "stories: " + stories.size());
        assertTrue(held.primaryRight >= 0.9 * held.stories, held.line("held-out"));
        assertTrue(held.desksRouted >= 0.85 * held.desks, held.line("held-out"));
    }
}
