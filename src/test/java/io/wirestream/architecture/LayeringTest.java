package io.wirestream.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Which Wirestream package may import which: one allow-list, each edge with its reason (as Kafka's
 * checkstyle import-control does). Everything not listed is forbidden, and only the packages
 * marked as knowing Kafka may import it (STYLE.md rule 3: the text stages are plain Java).
 */
class LayeringTest {

    private static final String ROOT = "io.wirestream.";

    /** Package, what it may import of ours (and why), and whether it may import Kafka. */
    record Layer(String name, Map<String, String> mayImport, boolean knowsKafka) {
    }

    static final List<Layer> LAYERS = List.of(
            new Layer("model", edges(), false),
            new Layer("text", edges(), false),
            new Layer("ingest", edges(
                    "model", "it produces FeedItem",
                    "text", "agency names and page-chrome words are shared vocabulary"), false),
            new Layer("clean", edges(
                    "model", "it turns a FeedItem into an Article",
                    "text", "chrome words, agency names and stop words are shared vocabulary"), false),
            new Layer("extract", edges(
                    "model", "it fills Article's tags and entities",
                    "text", "agency names (credits are not entities) are shared vocabulary",
                    "geo", "place mentions are resolved through the gazetteer once, and geo reuses them"), false),
            new Layer("geo", edges(
                    "model", "it fills Article's places and desks",
                    "text", "word lists"), false),
            new Layer("language", edges(
                    "model", "it reads a FeedItem's text and sets its language"), false),
            new Layer("dedupe", edges(
                    "model", "it decides on Articles",
                    "text", "its fingerprints and shingles split words as the cleaning rules do (Words)"), true),
            new Layer("serde", edges(
                    "model", "it writes and reads the model as JSON",
                    "language", "the default language and which languages have an entity model",
                    "text", "the country GeoNames-id table is read with the shared word-list reader"), true),
            new Layer("broker", edges(), true),
            new Layer("topology", edges(
                    "model", "records flow through it",
                    "ingest", "the parse stage", "clean", "the clean stage", "dedupe", "the dedupe processors",
                    "extract", "the extract stage", "geo", "the classify stage", "serde", "topic serdes",
                    "language", "the language stage",
                    "text", "the rule packs (RulePacks) the stages are built with"), true),
            new Layer("bench", edges(
                    "model", "it builds corpus items", "topology", "it runs the topology and a pass-through one",
                    "dedupe", "dedupe options", "serde", "it reads output back and gives the soak's stories run-unique ids",
                    "broker", "the embedded broker"), true),
            new Layer("cli", edges(
                    "model", "commands show articles", "ingest", "demo names its seed item",
                    "topology", "commands run the topology", "serde", "commands read and write JSON",
                    "broker", "the embedded broker", "dedupe", "dedupe options", "extract", "NER options",
                    "geo", "desk options", "clean", "cleaning options", "text", "vocabulary files",
                    "language", "language options",
                    "bench", "the bench command's measurements and the soak command's feed"), true));

    /** Package name, reason, package name, reason... */
    private static Map<String, String> edges(String... pairs) {
        Map<String, String> edges = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            edges.put(pairs[i], pairs[i + 1]);
        }
        return edges;
    }

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Our compiled classes only: scanning the classpath for the package would open every jar.
        main = new ClassFileImporter().importPath(Path.of("target/classes"));
    }

    static List<Layer> layers() {
        return LAYERS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void shouldImportOnlyWhatTheAllowListSays(Layer layer) {
        rule(layer).check(main);
    }

    @Test
    void shouldListEveryPackage() {
        Set<String> packages = new LinkedHashSet<>();
        main.forEach(c -> packages.add(c.getPackageName().substring(ROOT.length()).split("\\.")[0]));
        Set<String> listed = new LinkedHashSet<>();
        LAYERS.forEach(l -> listed.add(l.name()));
        assertTrue(listed.containsAll(packages), "packages without a layer: " + packages);
    }

    /** The rule itself catches what it must: a clean class importing ingest is reported. */
    @Test
    void shouldReportAForbiddenImport() throws ClassNotFoundException {
        JavaClasses fixture = new ClassFileImporter()
                .importClasses(Class.forName("io.wirestream.clean.ForbiddenImportFixture"));
        Layer clean = LAYERS.stream().filter(l -> l.name().equals("clean")).findFirst().orElseThrow();
        EvaluationResult result = rule(clean).evaluate(fixture);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("io.wirestream.ingest")),
                result.getFailureReport().toString());
    }

    private static ArchRule rule(Layer layer) {
        List<String> forbidden = new java.util.ArrayList<>();
        for (Layer other : LAYERS) {
            if (!other.name().equals(layer.name()) && !layer.mayImport().containsKey(other.name())) {
                forbidden.add(ROOT + other.name() + "..");
            }
        }
        if (!layer.knowsKafka()) {
            forbidden.add("org.apache.kafka..");
        }
        return noClasses().that().resideInAPackage(ROOT + layer.name() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(layer.name() + " may import only " + layer.mayImport().keySet()
                        + (layer.knowsKafka() ? " and Kafka" : ", and never Kafka"));
    }
}
