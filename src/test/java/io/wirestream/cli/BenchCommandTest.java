package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.wirestream.bench.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} on a tiny generated corpus and the embedded broker: the report's shape, never its timings. */
class BenchCommandTest {

    private static final int ITEMS = 12;
    /** Pass-through rows run the corpus repeated (three rounds here): it is too fast for one corpus. */
    private static final int PASS_THROUGH_ITEMS = 36;

    @TempDir
    Path dir;

    @Test
    void shouldReportEveryScenarioWithEveryItemCountedAndTheRatios() {
        CommandRun run = CommandRun.of("bench", "--items", String.valueOf(ITEMS), "--threads", "1",
                "--scaling-threads", "1", "--rate", "20", "--latency-seconds", "1", "--no-warm-up",
                "--no-reissue-check", "--partitions", "2", "--pass-through-items", "30");
        assertEquals(0, run.exitCode(), run.err());
        String report = run.out();

        for (Scenario s : Scenario.values()) {
            // Throughput row: scenario, threads, items, outputs: every item left on exactly one output.
            int items = s == Scenario.PASS_THROUGH ? PASS_THROUGH_ITEMS : ITEMS;
            assertTrue(Pattern.compile("(?m)^\\| " + s.slug() + " \\| 1 \\| " + items + " \\| " + items + " \\| ")
                    .matcher(report).find(), s.slug() + " throughput row in\n" + report);
        }
        for (Scenario s : List.of(Scenario.PASS_THROUGH, Scenario.NER_OFF, Scenario.COMPLETE)) {
            // Latency row: scenario, threads, rate, items, outputs, p50, p99.
            // Paced rows send min(items, rate x --latency-seconds) = 20 items, pass-through's from its repeated corpus.
            int items = s == Scenario.PASS_THROUGH ? 20 : ITEMS;
            assertTrue(Pattern.compile("(?m)^\\| " + s.slug() + " \\| 1 \\| 20\\.0 \\| " + items + " \\| " + items
                    + " \\| \\d+ \\| \\d+ \\|").matcher(report).find(), s.slug() + " latency row in\n" + report);
        }
        assertTrue(Pattern.compile("(?m)^\\| ratio 2/1: ner-off / pass-through, items/s \\| \\d+\\.\\d\\d \\| >= 0\\.5 \\|$")
                .matcher(report).find(), report);
        assertTrue(Pattern.compile("(?m)^\\| ratio 3/4: complete / ner-alone, items/s \\| \\d+\\.\\d\\d \\| >= 0\\.9 \\|$")
                .matcher(report).find(), report);
        for (Scenario s : List.of(Scenario.NER_OFF, Scenario.COMPLETE)) {
            // Where the latency accrues: each internal topic of the paced row, then the outputs.
            assertTrue(Pattern.compile("(?m)^\\| " + s.slug() + " \\| 1 \\| 20\\.0 \\| \\d+ / \\d+ \\| \\d+ / \\d+ \\| "
                    + "\\d+ / \\d+ \\|$").matcher(report).find(), s.slug() + " hop row in\n" + report);
        }
        assertTrue(report.contains("| dedupe-by-bucket-repartition | dedupe-by-id-repartition | outputs |"), report);
        assertTrue(report.contains("; pass-through: the corpus repeated under new keys, " + PASS_THROUGH_ITEMS
                + " items"), report);
        assertTrue(report.contains("### Scaling, items/s by threads"), report);
        // Each throughput row says how long the JIT compiled during it, so a reader sees an unsettled row.
        assertTrue(report.contains("| items/s | MB/s | JIT s |"), report);
        assertTrue(report.contains("steady-state RSS"), report);
        assertTrue(run.err().contains("bench: complete 1t"), "progress on stderr: " + run.err());
    }

    @Test
    void shouldListBenchAmongTheCommandsAndRejectAnUnknownScenario() {
        assertTrue(CommandRun.of("--help").out().contains("bench"));
        CommandRun help = CommandRun.of("bench", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Usage: wirestream bench"), help.out());
        CommandRun bad = CommandRun.of("bench", "--scenarios", "pass-through,warp-speed");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("warp-speed"), bad.err());
        CommandRun noPasses = CommandRun.of("bench", "--warm-up-passes", "0");
        assertEquals(2, noPasses.exitCode());
        assertTrue(noPasses.err().contains("--warm-up-passes must be >= 1"), noPasses.err());
    }

    @Test
    void shouldWriteTheSameCorpusForTheSameSeed() throws Exception {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        assertEquals(0, CommandRun.of("bench", "--items", "50", "--write-corpus", a.toString()).exitCode());
        assertEquals(0, CommandRun.of("bench", "--items", "50", "--write-corpus", b.toString()).exitCode());
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(50, Files.readAllLines(a).size());
    }
}
