package io.wirestream.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The stage against its own engine on real newswire in CoNLL format, which cannot be committed:
 * runs when {@code -Dner.conll=/path/to/eng.testa} is given and is skipped otherwise.
 * {@code -Dner.errors=/path/to/file} writes the error list.
 */
class ConllAccuracyTest {

    @Test
    void shouldBeatTheRawEngineOnRealNewswire() throws IOException {
        String path = System.getProperty("ner.conll", "");
        assumeTrue(!path.isBlank(), "no real data: pass -Dner.conll=/path/to/eng.testa to run this check");
        Path file = Path.of(path);
        assumeTrue(Files.isReadable(file), "cannot read " + file);
        List<ConllEval.Doc> docs = ConllEval.read(file);
        String errors = System.getProperty("ner.errors", "");
        Map<String, ConllEval.Score> s = ConllEval.run(docs, EntityRecognizers.named(EntityRecognizers.CORENLP_CRF),
                Shared.EXTRACTOR, Map.of(), errors.isBlank() ? null : Path.of(errors), System.out);
        ConllEval.Score raw = s.get("raw engine");
        ConllEval.Score stage = s.get("stage");
        assertTrue(stage.all.f1() >= raw.all.f1(), "stage F1 " + stage.all.f1() + " below raw " + raw.all.f1());
    }
}
