package io.wirestream.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The news agencies Wirestream recognises in bylines, datelines and credit lines, read once
 * from {@code agencies.txt}; short capitalised names ({@code AP}) match only in capitals.
 */
public final class Agencies {

    private static final Agencies STANDARD = new Agencies(WordLists.lines(Agencies.class, "agencies.txt"));

    private final Map<String, String> exact = new HashMap<>();
    private final Map<String, String> folded = new HashMap<>();
    private final Pattern anywhere;
    private final List<String> names;

    Agencies(List<String> lines) {
        List<String> aliases = new ArrayList<>();
        for (String line : lines) {
            String[] names = line.split("\\|");
            String canonical = names[0].strip();
            for (String raw : names) {
                String alias = raw.strip();
                if (alias.isEmpty()) {
                    continue;
                }
                aliases.add(alias);
                exact.put(alias, canonical);
                exact.put(alias.toUpperCase(Locale.ROOT), canonical);
                if (!isAcronym(alias)) {
                    folded.put(alias.toLowerCase(Locale.ROOT), canonical);
                }
            }
        }
        names = List.copyOf(aliases);
        aliases.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String alias : aliases) {
            if (alternation.length() > 0) {
                alternation.append('|');
            }
            String quoted = Pattern.quote(alias);
            if (isAcronym(alias)) {
                alternation.append(quoted).append('|').append(Pattern.quote(alias.toUpperCase(Locale.ROOT)));
            } else {
                alternation.append("(?iu:").append(quoted).append(')');
            }
        }
        anywhere = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }

    /** The agencies listed in the bundled {@code agencies.txt}. */
    public static Agencies standard() {
        return STANDARD;
    }

    /**
     * Every name listed, canonical names and aliases, as written in {@code agencies.txt} and in
     * its order ({@code "AFP"}, {@code "Agence France-Presse"}, ...).
     */
    public List<String> names() {
        return names;
    }

    /**
     * The canonical name of the agency the whole token names ({@code "Reuters"} for
     * {@code "reuters"}, {@code "AFP"} for {@code "Agence France-Presse"}), or {@code null}.
     */
    public String canonical(String token) {
        if (token == null) {
            return null;
        }
        String t = token.strip();
        String hit = exact.get(t);
        if (hit == null && t.length() > 4) {
            hit = folded.get(t.toLowerCase(Locale.ROOT));
        }
        return hit;
    }

    /** The canonical name of the first agency named anywhere in {@code text}, or {@code null}. */
    public String find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Matcher m = anywhere.matcher(text);
        return m.find() ? canonical(m.group()) : null;
    }

    private static boolean isAcronym(String alias) {
        return alias.length() <= 4;
    }
}
