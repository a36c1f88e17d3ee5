package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    private List<InputFiles.RawItem> read(String... inputs) {
        List<InputFiles.RawItem> items = new ArrayList<>();
        InputFiles.read(Wirestream.commandLine(), List.of(inputs), new ByteArrayInputStream(new byte[0]), items::add);
        return items;
    }

    @Test
    void shouldReadOneItemPerJsonLine() throws Exception {
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n");
        List<InputFiles.RawItem> items = read(dir.resolve("feed.jsonl").toString());
        assertEquals(2, items.size());
        assertTrue(items.get(1).source().endsWith("feed.jsonl:3"));
        assertEquals(InputFiles.JSON, items.get(0).contentType());
    }

    @Test
    void shouldSplitAJsonArrayAndKeepMalformedJsonWhole() throws Exception {
        Files.writeString(dir.resolve("a.json"), "[{\"id\":\"a\"},{\"id\":\"b\"}]");
        Files.writeString(dir.resolve("b.json"), "{\"id\": \"broken");
        List<InputFiles.RawItem> items = read(dir.toString());
        assertEquals(3, items.size());
        assertEquals("{\"id\": \"broken", new String(items.get(2).value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadAnyOtherFileAsOneRawPage() throws Exception {
        Files.writeString(dir.resolve("page.txt"), "Headline\n\nBy ANI\n\nBody.");
        List<InputFiles.RawItem> items = read(dir.resolve("page.txt").toString());
        assertEquals(1, items.size());
        assertEquals(InputFiles.TEXT, items.get(0).contentType());
    }

    @Test
    void shouldReadJsonLinesFromStdin() {
        List<InputFiles.RawItem> items = new ArrayList<>();
        InputFiles.read(Wirestream.commandLine(), List.of("-"), new ByteArrayInputStream("{\"id\":1}\n{\"id\":2}\n".getBytes()), items::add);
        assertEquals(2, items.size());
    }

    @Test
    void shouldSplitAJsonArrayFromStdin() {
        List<InputFiles.RawItem> items = new ArrayList<>();
        InputFiles.read(Wirestream.commandLine(), List.of("-"), new ByteArrayInputStream("[{\"id\":1},{\"id\":2}]".getBytes()), items::add);
        assertEquals(2, items.size());
        assertEquals(InputFiles.JSON, items.get(0).contentType());
    }

    @Test
    void shouldNameAMissingFile() {
        var e = assertThrows(picocli.CommandLine.ParameterException.class, () -> read(dir.resolve("nope.txt").toString()));
        assertTrue(e.getMessage().contains("nope.txt"));
    }
}
