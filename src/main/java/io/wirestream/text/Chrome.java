package io.wirestream.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one vocabulary of page chrome, shared by ingest and clean: the whole lines portals print
 * around a story ({@code page-chrome.txt}) and the words their navigation, share, app and
 * advertising blocks are made of ({@code chrome-words.txt}).
 */
public final class Chrome {

    private static final Chrome STANDARD = of(RulePacks.bundled());
    /** Longer text is never a listed line: a sentence that contains chrome words is prose. */
    private static final int MAX_LINE_CHARS = 120;
    private static final int WILDCARD_MAX_WORDS = 8;
    private static final Pattern COUNT = Pattern.compile("\\s*\\(?\\d{1,6}$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** A reading-time label: "3 min read", "2m read", "5 minutes". */
    private static final Pattern READ_TIME = Pattern.compile("^\\d{1,3}\\s*(?:m|mins?|minutes?)\\.?(?:\\s+(?:to\\s+)?read)?$");

    private final Set<String> exact;
    private final List<Pattern> wildcards;
    private final Set<String> words;

    Chrome(List<String> lines, List<String> words) {
        Set<String> exactLines = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String entry : Objects.requireNonNull(lines, "lines")) {
            String folded = Phrases.fold(entry);
            if (folded.contains("*")) {
                patterns.add(Phrases.pattern(folded));
            } else {
                exactLines.add(folded);
            }
        }
        Set<String> wordSet = new HashSet<>();
        for (String w : Objects.requireNonNull(words, "words")) {
            wordSet.add(w.toLowerCase(Locale.ROOT));
        }
        this.exact = Set.copyOf(exactLines);
        this.wildcards = List.copyOf(patterns);
        this.words = Set.copyOf(wordSet);
    }

    /** The bundled lists. */
    public static Chrome standard() {
        return STANDARD;
    }

    /** The bundled lists with a newsroom's {@code page-chrome.txt} and {@code chrome-words.txt} packs. */
    public static Chrome of(RulePacks packs) {
        return new Chrome(packs.lines(Chrome.class, "page-chrome.txt"), packs.lines(Chrome.class, "chrome-words.txt"));
    }

    /**
     * Whether the whole text is a listed chrome line ("Open in App", "- Advertisement -",
     * "Comments (12)", "Follow us on Google News") or a reading time ("3 min read"), case,
     * spacing and punctuation at its ends ignored.
     */
    public boolean isLine(String text) {
        if (text == null || text.length() > MAX_LINE_CHARS) {
            return false;
        }
        String folded = Phrases.foldTrimmed(text);
        if (folded.isEmpty()) {
            return false;
        }
        if (exact.contains(folded) || exact.contains(COUNT.matcher(folded).replaceFirst(""))
                || READ_TIME.matcher(folded).matches()) {
            return true;
        }
        if (SPACE.split(folded).length > WILDCARD_MAX_WORDS) {
            return false;
        }
        for (Pattern p : wildcards) {
            if (p.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case word belongs to the navigation, share, app or advertising vocabulary. */
    public boolean isWord(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }
}
