package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

    @TempDir
    Path dir;

    private Path demoItem(String name) throws Exception {
        Path p = dir.resolve(name);
        try (var in = getClass().getResourceAsStream("/io/wirestream/cli/demo/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void shouldPrintTheSeedArticleWithoutKafka() throws Exception {
        CommandRun run = CommandRun.of("enrich", demoItem("ani-tokyo-embassy.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode article = Json.MAPPER.readTree(lines.get(0));
        assertEquals("Russian Embassy in Japan says Tokyo's position on Ukraine's issue counterproductive",
                article.path("headlines").path(0).path("value").asText());
        List<String> desks = Json.MAPPER.convertValue(article.path("wirestream").path("region").path("desks"),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
        assertTrue(desks.containsAll(List.of("europe", "asia")), desks.toString());
    }

    @Test
    void shouldReportDuplicatesOnStderrAndLeaveThemOut() throws Exception {
        Path sample = demoItem("ani-tokyo-embassy.txt");
        CommandRun run = CommandRun.of("enrich", sample.toString(), sample.toString());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.err().contains("duplicate (id)"), run.err());
    }

    @Test
    void shouldTakeTheEarliestCopyForTheOriginalWhateverTheOrderOfTheFiles() throws Exception {
        String body = "The city council voted on Tuesday to close the old harbour bridge to heavy lorries from next "
                + "month, after engineers found corrosion in two of its main supports.\\n\\nMayor Helena Brandt said "
                + "the decision was taken with regret but that safety came first, and that buses and cars would "
                + "still be allowed to cross at reduced speed.";
        Path portal = dir.resolve("a-portal.json");
        Files.writeString(portal, "{\"id\":\"portal-1\",\"headline\":\"Bridge shut to lorries\",\"body\":\""
                + body + "\",\"published\":\"2026-11-29T09:00:00Z\"}");
        Path agency = dir.resolve("b-agency.json");
        Files.writeString(agency, "{\"id\":\"pti-1\",\"agency\":\"PTI\",\"headline\":\"Council closes bridge\","
                + "\"body\":\"" + body + "\",\"published\":\"2026-11-29T08:00:00Z\"}");
        Path undated = dir.resolve("0-undated.txt");
        Files.writeString(undated, "Bridge closed\n\n" + body.replace("\\n", "\n"));
        CommandRun run = CommandRun.of("enrich", undated.toString(), portal.toString(), agency.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertEquals("pti-1", Json.MAPPER.readTree(lines.get(0)).path("wirestream").path("id").asText());
        assertTrue(run.err().contains("a-portal.json: duplicate (content) of pti-1"), run.err());
        assertTrue(run.err().contains("0-undated.txt: duplicate (content) of pti-1"), run.err());
    }

    @Test
    void shouldNameTheUnusableItemAndExitOne() throws Exception {
        CommandRun run = CommandRun.of("enrich", demoItem("malformed.json").toString(), demoItem("pti-delhi.json").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("malformed.json: skipped: invalid JSON"), run.err());
        assertEquals(1, run.out().lines().count());
    }

    @Test
    void shouldRejectAnUnknownNerEngineNamingTheChoices() throws Exception {
        CommandRun run = CommandRun.of("enrich", "--ner-engine", "spacy", demoItem("pti-delhi.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'spacy'") && run.err().contains("corenlp-crf"), run.err());
    }

    @Test
    void shouldNameAMissingFileAndExitTwo() {
        CommandRun run = CommandRun.of("enrich", dir.resolve("missing.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.txt"), run.err());
    }

    @Test
    void shouldFailAtStartNamingFileAndLineOfABadRulePackRow() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Path desks = rules.resolve("desks.tsv");
        Files.writeString(desks, "# our newsroom\ncountry\tJP\tfar-east\n");
        CommandRun run = CommandRun.of("enrich", "--rules-dir", rules.toString(), demoItem("pti-delhi.json").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(desks + ":2:") && run.err().contains("far-east"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void shouldRouteAPlaceToTheDeskOfARulePack() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("desks.tsv"), "country\tJP\tamericas\n");
        CommandRun run = CommandRun.of("enrich", "--rules-dir", rules.toString(),
                demoItem("ani-tokyo-embassy.txt").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = Json.MAPPER.readTree(run.out().lines().findFirst().orElseThrow());
        List<String> desks = Json.MAPPER.convertValue(article.path("wirestream").path("region").path("desks"),
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
        assertTrue(desks.contains("americas") && !desks.contains("asia"), desks.toString());
    }

}
