package io.wirestream.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The text stages are plain Java: no Kafka import in ingest or clean. */
class PlainJavaTest {

    @Test
    void shouldNotImportKafkaInTextStages() throws IOException {
        for (String pkg : List.of("ingest", "clean")) {
            Path dir = Path.of("src/main/java/io/wirestream", pkg);
            try (Stream<Path> files = Files.walk(dir)) {
                List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> read(p).contains("import org.apache.kafka")).toList();
                assertEquals(List.of(), offenders, pkg);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
