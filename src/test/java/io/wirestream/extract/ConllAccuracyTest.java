package io.wirestream.extract;

import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The stage against its own engine on real newswire in CoNLL format, which cannot be committed:
 * runs when {@code -Dner.conll=/path/to/eng.testa} is given and is skipped otherwise. The stage
 * must not fall below the raw engine on any type, nor below a fixed floor on a known file.
 * Prints a row per step of the stage switched off; {@code -Dner.errors=/path/to/file} writes
 * the error list, each stage-made error with the steps whose removal undoes it;
 * {@code -Dner.pipeline=true} puts the parser and the cleaner in front of the stage, as
 * {@code enrich} runs it; {@code -Dner.half=dev} or {@code held-out} scores the odd or the even
 * documents only, so that rules are tuned on one half and checked on the other.
 */
class ConllAccuracyTest {

    /** Fixed floors for the stage's overall F1, by file name; elsewhere it need only beat the raw engine per type. */
    private static final Map<String, Double> FLOORS = Map.of("eng.testa", 0.91);

    @Test
    void shouldBeatTheRawEngineOnRealNewswire() throws IOException {
        String path = System.getProperty("ner.conll", "");
        assumeTrue(!path.isBlank(), "no real data: pass -Dner.conll=/path/to/eng.testa to run this check");
        Path file = Path.of(path);
        assumeTrue(Files.isReadable(file), "cannot read " + file);
        String half = System.getProperty("ner.half", "");
        List<ConllEval.Doc> docs = ConllEval.half(ConllEval.read(file), half);
        String errors = System.getProperty("ner.errors", "");
        // Each step switched off in turn: a row per step, and the steps an error is owed to.
        Map<String, EntityExtractor> without = new LinkedHashMap<>();
        for (String step : Shared.EXTRACTOR.steps()) {
            without.put(step, Shared.EXTRACTOR.without(step));
        }
        Map<String, ConllEval.Score> s = ConllEval.run(docs, EntityRecognizers.named(EntityRecognizers.CORENLP_CRF),
                Shared.EXTRACTOR, without, errors.isBlank() ? null : Path.of(errors), System.out);
        ConllEval.Score raw = s.get("raw engine");
        ConllEval.Score stage = s.getOrDefault("stage", s.get("parse+clean+stage"));
        for (Entity.Type t : ConllEval.TYPES) {
            double r = raw.byType.get(t).f1();
            double st = stage.byType.get(t).f1();
            assertTrue(st >= r, t + ": stage F1 " + st + " below raw " + r);
        }
        Double floor = half.isBlank() ? FLOORS.get(file.getFileName().toString()) : null;
        if (floor != null) {
            assertTrue(stage.all.f1() >= floor, "stage F1 " + stage.all.f1() + " below the floor " + floor);
        }
    }
}
