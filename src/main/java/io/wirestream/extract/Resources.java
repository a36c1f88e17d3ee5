package io.wirestream.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the word lists under {@code src/main/resources/io/wirestream/extract}. */
final class Resources {

    private Resources() {
    }

    /** Non-blank, non-comment ({@code #}) lines, trimmed. */
    static List<String> lines(String name) {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource io/wirestream/extract/" + name);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }

    /** The lines, lower-cased, as an immutable set. */
    static Set<String> lowercaseSet(String name) {
        Set<String> set = new HashSet<>();
        for (String line : lines(name)) {
            set.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
