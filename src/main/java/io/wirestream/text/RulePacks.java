package io.wirestream.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A newsroom's own word lists and desks, read once at start-up from a directory (the option
 * {@code --rules-dir}): a file named like a bundled list adds its entries to that list, or, when its first
 * line is {@code #replace}, stands in for it. Immutable; {@link #bundled()} holds no files.
 *
 * @param files the pack files by name ({@code page-chrome.txt}, {@code desks.tsv}, ...)
 */
public record RulePacks(Map<String, Pack> files) {

    /** The first line that makes a pack file replace the bundled list instead of adding to it. */
    public static final String REPLACE = "#replace";
    /** The lists a pack may extend; any other file in the directory is an error, so a misspelt name is not ignored. */
    public static final Set<String> NAMES = Set.of("page-chrome.txt", "chrome-words.txt", "headline-suffixes.txt",
            "related-stories.txt", "disclaimers.txt", "desks.tsv");

    private static final RulePacks BUNDLED = new RulePacks(Map.of());

    public RulePacks {
        files = Map.copyOf(Objects.requireNonNull(files, "files"));
    }

    /** No pack files: every list as bundled in the jar. */
    public static RulePacks bundled() {
        return BUNDLED;
    }

    /**
     * Reads every file in {@code dir}; word-list entries that fold to nothing are refused here, table rows
     * where their table is built.
     *
     * @throws IllegalArgumentException naming the file (and line) of an unknown file name or a bad entry
     */
    public static RulePacks load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--rules-dir: no such directory " + dir);
        }
        Map<String, Pack> packs = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || Files.isDirectory(file)) {
                    continue; // editors' swap files and version-control folders are not packs
                }
                if (!NAMES.contains(name)) {
                    throw new IllegalArgumentException(file + ": not a rule pack; the names are " + new java.util.TreeSet<>(NAMES));
                }
                packs.put(name, Pack.read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --rules-dir " + dir, e);
        }
        return new RulePacks(packs);
    }

    /**
     * The entries of bundled list {@code name} (in the package of {@code anchor}) with this pack's: its entries
     * after the bundled ones, or alone when the pack file begins {@code #replace}.
     */
    public List<String> lines(Class<?> anchor, String name) {
        Pack pack = files.get(name);
        if (pack == null) {
            return WordLists.lines(anchor, name);
        }
        List<String> out = new ArrayList<>(pack.replace() ? List.of() : WordLists.lines(anchor, name));
        pack.entries().forEach(e -> out.add(e.text()));
        return List.copyOf(out);
    }

    /** The pack file named {@code name}, or {@code null} when the bundled list stands alone. */
    public Pack pack(String name) {
        return files.get(name);
    }

    /**
     * One pack file.
     *
     * @param file    where it was read, for messages
     * @param replace whether it replaces the bundled list rather than adding to it
     * @param text    its whole text, for tables that parse their own rows (with their line numbers)
     * @param entries its non-blank, non-comment lines, trimmed, with their line numbers
     */
    public record Pack(Path file, boolean replace, String text, List<Entry> entries) {

        public Pack {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
            entries = List.copyOf(entries);
        }

        static Pack read(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] lines = text.split("\r?\n|\r", -1);
            boolean replace = lines.length > 0 && lines[0].strip().equals(REPLACE);
            List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String trimmed = lines[i].strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                Entry entry = new Entry(i + 1, trimmed);
                // a phrase of punctuation alone would match every punctuation-only paragraph
                if (!file.getFileName().toString().endsWith(".tsv")
                        && Phrases.foldTrimmed(trimmed.replace("*", "").replace("?", "")).isEmpty()) {
                    throw entry.error(file, "an entry needs a letter or digit");
                }
                entries.add(entry);
            }
            return new Pack(file, replace, text, entries);
        }
    }

    /** A line of a pack file: its number (from 1) and trimmed text. */
    public record Entry(int line, String text) {

        /** An error naming {@code file}, this line and its text. */
        public IllegalArgumentException error(Path file, String why) {
            return new IllegalArgumentException(file + ":" + line + ": " + why + ": " + text);
        }
    }
}
