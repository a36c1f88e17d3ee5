package io.wirestream.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.serde.Json;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads raw items from files, directories and stdin for {@code publish} and {@code enrich}:
 * {@code .jsonl}/{@code .ndjson} hold one JSON envelope per line, {@code .json} one envelope or an
 * array of them, anything else is one raw scraped page. Malformed JSON is passed on as it is,
 * so the stream's dead-letter topic, not the publisher, reports it.
 */
final class InputFiles {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain";

    /** One raw item and where it came from ({@code file.jsonl:12}). */
    record RawItem(String source, byte[] value, String contentType) {
    }

    private InputFiles() {
    }

    /** Fails, naming it, on the first input that is neither {@code "-"} nor a file or directory. */
    static void checkExist(CommandLine command, List<String> inputs) {
        for (String input : inputs) {
            if (!"-".equals(input) && !Files.exists(Path.of(input))) {
                throw new ParameterException(command, "no such file or directory: " + input);
            }
        }
    }

    /**
     * Calls {@code sink} with every item of {@code inputs} in order; {@code "-"} is stdin.
     *
     * @throws ParameterException of {@code command} naming the input that is missing or unreadable
     */
    static void read(CommandLine command, List<String> inputs, InputStream stdin, Consumer<RawItem> sink) {
        checkExist(command, inputs);
        for (String input : inputs) {
            if ("-".equals(input)) {
                readStdin(stdin, sink);
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted().forEach(p -> readFile(command, p, sink));
                } catch (IOException e) {
                    throw new ParameterException(command, "cannot list directory " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                readFile(command, path, sink);
            } else {
                throw new ParameterException(command, "no such file or directory: " + input);
            }
        }
    }

    private static void readStdin(InputStream stdin, Consumer<RawItem> sink) {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin", e);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (looksLikeJsonLines(text)) {
            readLines("stdin", text, sink);
        } else if (text.strip().startsWith("[")) {
            readJson("stdin", bytes, sink);
        } else if (!text.isBlank()) {
            sink.accept(new RawItem("stdin", bytes, text.strip().startsWith("{") ? JSON : TEXT));
        }
    }

    private static void readFile(CommandLine command, Path path, Consumer<RawItem> sink) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ParameterException(command, "cannot read " + path + ": " + e.getMessage());
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            readLines(path.toString(), text, sink);
        } else if (name.endsWith(".json")) {
            readJson(path.toString(), bytes, sink);
        } else if (!text.isBlank()) {
            sink.accept(new RawItem(path.toString(), bytes, TEXT));
        }
    }

    private static void readLines(String source, String text, Consumer<RawItem> sink) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                sink.accept(new RawItem(source + ":" + (i + 1), lines[i].strip().getBytes(StandardCharsets.UTF_8), JSON));
            }
        }
    }

    private static void readJson(String source, byte[] bytes, Consumer<RawItem> sink) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            // Malformed: send it whole, the stream dead-letters it with the parser's reason.
            sink.accept(new RawItem(source, bytes, JSON));
            return;
        }
        if (node != null && node.isArray()) {
            List<RawItem> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(new RawItem(source + "[" + i + "]", node.get(i).toString().getBytes(StandardCharsets.UTF_8), JSON));
            }
            items.forEach(sink);
        } else {
            sink.accept(new RawItem(source, bytes, JSON));
        }
    }

    private static boolean looksLikeJsonLines(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(3).toList();
        return lines.size() > 1 && lines.stream().allMatch(l -> l.strip().startsWith("{") && l.strip().endsWith("}"));
    }
}
