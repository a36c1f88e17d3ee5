package io.wirestream.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the text stages' word lists from the classpath: one entry a line, trimmed, blank
 * lines and {@code #} comment lines skipped.
 */
public final class WordLists {

    private WordLists() {
    }

    /**
     * The entries of resource {@code name} in the package of {@code anchor}, in file order.
     *
     * @throws IllegalStateException if there is no such resource; the message names its full path
     */
    public static List<String> lines(Class<?> anchor, String name) {
        List<String> out = new ArrayList<>();
        for (String line : read(anchor, name).split("\r?\n|\r")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                out.add(trimmed);
            }
        }
        return List.copyOf(out);
    }

    /** The entries of {@link #lines}, lower-cased with {@link Locale#ROOT}, as an immutable set. */
    public static Set<String> lowercaseSet(Class<?> anchor, String name) {
        Set<String> set = new HashSet<>();
        for (String line : lines(anchor, name)) {
            set.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }

    /**
     * The whole text of resource {@code name} in the package of {@code anchor}, as UTF-8, for
     * readers that need every line (with its number) themselves.
     *
     * @throws IllegalStateException if there is no such resource; the message names its full path
     */
    public static String read(Class<?> anchor, String name) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(name, "name");
        String path = path(anchor, name);
        try (InputStream in = anchor.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    /** {@code io/wirestream/clean/disclaimers.txt} for {@code (Cleaner.class, "disclaimers.txt")}. */
    static String path(Class<?> anchor, String name) {
        String pkg = anchor.getPackageName();
        return pkg.isEmpty() ? name : pkg.replace('.', '/') + '/' + name;
    }
}
