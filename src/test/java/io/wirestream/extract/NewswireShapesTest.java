package io.wirestream.extract;

import io.wirestream.clean.Cleaner;
import io.wirestream.ingest.FeedParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Parse and clean keep every line of wire copy that names an entity: datelines on their own
 * line, results and standings tables, scoreboards, bylines, press digests and desk trailers
 * ({@code newswire-shapes.conll}, written for this project in CoNLL format and conventions).
 */
class NewswireShapesTest {

    private static final FeedParser PARSER = new FeedParser();
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final Path SHAPES = Path.of("src/test/resources/io/wirestream/extract/newswire-shapes.conll");

    @Test
    void shouldPassEveryLineOfWireCopyThroughParseAndClean() throws IOException {
        List<String> lost = new ArrayList<>();
        for (ConllEval.Doc d : ConllEval.read(SHAPES)) {
            ConllEval.lost(PARSER, CLEANER, d).forEach(l -> lost.add(d.article().id() + " " + l));
        }
        assertEquals(List.of(), lost);
    }
}
