package io.wirestream.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The model and the text stages are plain Java (STYLE.md rule 3): only dedupe, topology, serde, broker and cli know Kafka. */
class PlainJavaTest {

    @ParameterizedTest
    @ValueSource(strings = {"model", "text", "ingest", "clean", "extract", "geo", "language"})
    void shouldNotImportKafka(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/wirestream", pkg))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import org.apache.kafka")).toList();
            assertEquals(List.of(), offenders, pkg + " must stay plain Java");
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
