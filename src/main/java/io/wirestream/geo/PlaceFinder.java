package io.wirestream.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names of countries, demonyms, admin-1 regions and cities in a text, longest match
 * first, with every gazetteer entry each name may mean.
 *
 * <p>Names match on word boundaries, as the gazetteer writes them, in ALL CAPS or in Title
 * Case: {@code "Turkey"} and {@code "TURKEY"} match, {@code "turkey"} does not, and an acronym
 * such as {@code "US"} matches only as written. Apostrophes and hyphens end a word, so
 * {@code "Tokyo's"} and {@code "Russia-Ukraine"} need no special case. Phrases listed as not
 * being places ({@code "Indian Ocean"}) are matched and dropped. Only a word that starts some
 * name is looked at further, so a scan costs one hash lookup per word and a few per candidate.
 */
public final class PlaceFinder {

    /** A name found in a text and every entry it may mean, most prominent first. */
    record Match(int start, int end, String text, List<Gazetteer.Entry> entries) {
    }

    private final Gazetteer gazetteer;

    /** A finder over {@code gazetteer}. */
    public PlaceFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A finder over {@link Gazetteer#standard()}. */
    public static PlaceFinder standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final PlaceFinder INSTANCE = new PlaceFinder(Gazetteer.standard());
    }

    /**
     * Every place mention in {@code text}, in text order, each resolved to its most prominent
     * entry without context; empty for {@code null} text. The classifier resolves with context.
     */
    public List<PlaceMention> find(String text) {
        List<PlaceMention> out = new ArrayList<>();
        for (Match m : matches(text)) {
            Gazetteer.Entry e = m.entries().get(0);
            out.add(new PlaceMention(m.start(), m.end(), m.text(), e.location(), e.kind()));
        }
        return out;
    }

    /** Every name in {@code text} with its candidate entries, in text order; not-places dropped. */
    List<Match> matches(String text) {
        List<Match> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int[] ends = new int[gazetteer.maxWords() * 2 + 2];
        int i = 0;
        while (i < n) {
            if (!isWordStart(text, i)) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < n && Character.isLetterOrDigit(text.charAt(wordEnd))) {
                wordEnd++;
            }
            // Every name as written, in capitals or in Title Case starts with a capital: most words need no lookup.
            if (!Character.isUpperCase(text.charAt(i))) {
                i = wordEnd;
                continue;
            }
            String first = Gazetteer.key(text.substring(i, wordEnd));
            if (!gazetteer.isFirstWord(first)) {
                i = wordEnd;
                continue;
            }
            int count = candidateEnds(text, i, ends);
            Match found = null;
            boolean notPlace = false;
            for (int k = count - 1; k >= 0 && found == null && !notPlace; k--) {
                String written = Gazetteer.normalise(text.substring(i, ends[k]));
                Gazetteer.Entry[] entries = gazetteer.entries(Gazetteer.key(written));
                if (entries == null) {
                    continue;
                }
                List<Gazetteer.Entry> fitting = new ArrayList<>(entries.length);
                for (Gazetteer.Entry e : entries) {
                    if (e.matchesCase(written)) {
                        if (e.location() == null) {
                            notPlace = true;
                            break;
                        }
                        fitting.add(e);
                    }
                }
                if (notPlace) {
                    i = ends[k];
                } else if (!fitting.isEmpty()) {
                    found = new Match(i, ends[k], text.substring(i, ends[k]), fitting);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else if (!notPlace) {
                i = wordEnd;
            }
        }
        return out;
    }

    /**
     * Where a name starting at {@code start} could end, shortest first: after each word of up to
     * the gazetteer's longest name, and after a trailing dot ({@code "U.S."}, {@code "Calif."}).
     */
    private int candidateEnds(String text, int start, int[] ends) {
        int n = text.length();
        int count = 0;
        int words = 0;
        int j = start;
        while (j < n && count < ends.length && words < gazetteer.maxWords() + 1) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
                if (j == n || !Character.isLetterOrDigit(text.charAt(j))) {
                    ends[count++] = j;
                }
            } else if (c == '.' && j > start && Character.isLetter(text.charAt(j - 1))) {
                j++;
                ends[count++] = j;
            } else if (c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u00A0') {
                if (c == ' ') {
                    words++;
                }
                j++;
                if (j < n && text.charAt(j) == ' ' && c == ' ' || c == ' ' && !mayContinueName(text, j)) {
                    break;
                }
            } else {
                break;
            }
        }
        return count;
    }

    /** A name goes on with a capitalised word or a short particle ("of", "and", "de", "upon"), not with prose. */
    private static boolean mayContinueName(String text, int from) {
        if (from >= text.length() || !Character.isLowerCase(text.charAt(from))) {
            return true;
        }
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end - from <= 4;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
