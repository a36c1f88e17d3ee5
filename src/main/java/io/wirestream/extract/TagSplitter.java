package io.wirestream.extract;

import io.wirestream.model.Tag;
import io.wirestream.text.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits source tags, including tag lines scraped without separators, into canonical tags.
 *
 * <p>{@code "TokyoKievRussian EmbassyWhite HouseJoe BidenFumio kishida"} becomes Tokyo, Kiev,
 * Russian Embassy, White House, Joe Biden, Fumio Kishida. Each entry is split on commas,
 * semicolons, pipes, tabs and line breaks; then where a lower-case letter runs into a capital
 * ({@code oK}), and where an acronym runs into a capitalised word ({@code NATOUkraine}), except
 * inside the words of {@code camelcase-words.txt} (iPhone, YouTube, JPMorgan) and after its
 * name prefixes (McDonald, DeSantis), and never leaving a one-letter piece. A tag takes the
 * casing the article text writes it in; otherwise all-lower-case words are capitalised, except
 * the particles of {@code lowercase-particles.txt}. Tags are deduplicated ignoring case, first
 * one kept.
 */
public final class TagSplitter {

    private static final Pattern SEPARATORS = Pattern.compile("[,;|\\t\\r\\n\\u2022]+");
    private static final Pattern LABEL = Pattern.compile("^\\s*tags?\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longest single word taken from an ALL-CAPS occurrence in the text ({@code "nato"} → {@code "NATO"}). */
    private static final int MAX_ACRONYM = 6;

    private final Set<String> camelCaseWords;
    private final Set<String> prefixes;
    private final Set<String> particles;

    /** A splitter with the word lists in this package's resources. */
    public TagSplitter() {
        this(Lists.CAMEL_CASE, Lists.PARTICLES);
    }

    private TagSplitter(List<String> camelCaseLines, List<String> particleLines) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> pre = new LinkedHashSet<>();
        for (String line : camelCaseLines) {
            if (line.endsWith("*")) {
                pre.add(line.substring(0, line.length() - 1));
            } else {
                words.add(line);
            }
        }
        this.camelCaseWords = Set.copyOf(words);
        this.prefixes = Set.copyOf(pre);
        this.particles = Set.copyOf(particleLines);
    }

    /** The word lists, read once. */
    private static final class Lists {
        static final List<String> CAMEL_CASE = WordLists.lines(TagSplitter.class, "camelcase-words.txt");
        static final List<String> PARTICLES = WordLists.lines(TagSplitter.class, "lowercase-particles.txt");
    }

    /**
     * The canonical tags in {@code rawTags}, in order, without case-insensitive duplicates.
     *
     * @param rawTags     tags as the source gave them: clean tags or run-together tag lines;
     *                    {@code null} entries are skipped
     * @param articleText headline and body, used to find each tag's casing; may be {@code null}
     */
    public List<Tag> split(List<String> rawTags, String articleText) {
        Objects.requireNonNull(rawTags, "rawTags");
        String text = articleText == null ? "" : articleText;
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String raw : rawTags) {
            if (raw == null) {
                continue;
            }
            for (String piece : SEPARATORS.split(LABEL.matcher(raw).replaceFirst(""))) {
                String clean = SPACES.matcher(piece).replaceAll(" ").strip();
                while (clean.startsWith("#")) {
                    clean = clean.substring(1).strip();
                }
                for (String part : splitRunTogether(clean)) {
                    String name = canonical(part, text);
                    tags.putIfAbsent(name.toLowerCase(Locale.ROOT), new Tag(name));
                }
            }
        }
        return List.copyOf(tags.values());
    }

    /** Splits one separator-free piece where tags were run together. */
    List<String> splitRunTogether(String s) {
        List<String> parts = new ArrayList<>();
        int n = s.length();
        boolean[] keep = new boolean[n + 1];
        boolean[] force = new boolean[n + 1];
        for (String w : camelCaseWords) {
            for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
                for (int k = at + 1; k < at + w.length(); k++) {
                    keep[k] = true;
                }
                // A known word that starts in lower case ends the word before it: "AppleiPhone".
                if (at > 1 && Character.isLowerCase(w.charAt(0)) && Character.isLetter(s.charAt(at - 1))) {
                    force[at] = true;
                }
            }
        }
        int segmentStart = 0;
        int wordStart = 0;
        for (int i = 1; i < n; i++) {
            char before = s.charAt(i - 1);
            char c = s.charAt(i);
            if (Character.isWhitespace(before) || before == '-') {
                wordStart = i;
            }
            // A lower-case letter that starts a known word ("UNGAiPhone") is not the rest of a capitalised one.
            boolean nextLower = i + 1 < n && Character.isLowerCase(s.charAt(i + 1)) && !force[i + 1];
            boolean boundary = Character.isUpperCase(c)
                    && (Character.isLowerCase(before)
                        || ((Character.isUpperCase(before) || Character.isDigit(before)) && nextLower));
            if (force[i] && !keep[i]) {
                boundary = true;
            } else if (!boundary || keep[i]) {
                continue;
            }
            String leftWord = s.substring(wordStart, i);
            if (prefixes.contains(leftWord) && nextLower) {
                continue;
            }
            int rightEnd = i;
            while (rightEnd < n && !Character.isWhitespace(s.charAt(rightEnd))) {
                rightEnd++;
            }
            if (leftWord.length() < 2 || rightEnd - i < 2) {
                continue;
            }
            parts.add(s.substring(segmentStart, i).strip());
            segmentStart = i;
            wordStart = i;
        }
        parts.add(s.substring(segmentStart).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** The tag in the casing the text uses, else with its all-lower-case words capitalised. */
    String canonical(String tag, String text) {
        String allCapsHit = null;
        if (!text.isEmpty()) {
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            String[] words = tag.split(" ");
            for (int i = 0; i < words.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
            }
            regex.append("(?![\\p{L}\\p{N}])");
            Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(text);
            while (m.find()) {
                String seen = SPACES.matcher(m.group()).replaceAll(" ");
                if (seen.equals(tag)) {
                    return tag;
                }
                boolean upper = hasUpper(seen);
                boolean lower = hasLower(seen);
                if (upper && lower) {
                    return seen;
                }
                if (upper && allCapsHit == null) {
                    allCapsHit = seen;
                }
            }
        }
        if (allCapsHit != null && !allCapsHit.contains(" ") && allCapsHit.length() <= MAX_ACRONYM
                && !hasUpper(tag)) {
            return allCapsHit;
        }
        return titleCase(tag);
    }

    private String titleCase(String tag) {
        String[] words = tag.split(" ");
        StringBuilder sb = new StringBuilder(tag.length());
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) {
                sb.append(' ');
            }
            if (hasUpper(w) || !hasLetter(w) || (i > 0 && particles.contains(w))) {
                sb.append(w);
                continue;
            }
            boolean start = true;
            for (int k = 0; k < w.length(); k++) {
                char ch = w.charAt(k);
                sb.append(start && Character.isLowerCase(ch) ? Character.toUpperCase(ch) : ch);
                if (Character.isLetter(ch)) {
                    start = false;
                } else if (ch == '-') {
                    start = true;
                }
            }
        }
        return sb.toString();
    }

    private static boolean hasUpper(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean hasLower(String s) {
        return s.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean hasLetter(String s) {
        return s.chars().anyMatch(Character::isLetter);
    }
}
