package io.wirestream.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the countries, cities and demonyms a text mentions, longest match first.
 *
 * <p>Names match on word boundaries, in the case the gazetteer lists them, in ALL CAPS, or in
 * Title Case: {@code "Turkey"} and {@code "TURKEY"} match, {@code "turkey"} does not, and an
 * acronym such as {@code "US"} matches only as written. A possessive ({@code "Tokyo's"}) or a
 * hyphen compound ({@code "Russia-Ukraine"}) needs no special case: apostrophes and hyphens
 * are word boundaries. Phrases listed as not being places ({@code "Indian Ocean"}) are matched
 * and dropped. All surface forms are compiled once into a character trie, so a scan costs
 * the text length times the longest name at most.
 */
public final class PlaceFinder {

    private final Node root;

    /** A finder over every surface form of {@code gazetteer}. */
    public PlaceFinder(Gazetteer gazetteer) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.root = new Node();
        gazetteer.forms().forEach(root::insert);
    }

    /** A finder over {@link Gazetteer#standard()}, built once. */
    public static PlaceFinder standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final PlaceFinder INSTANCE = new PlaceFinder(Gazetteer.standard());
    }

    /** Every place mention in {@code text}, in text order; empty for {@code null} or blank text. */
    public List<PlaceMention> find(String text) {
        List<PlaceMention> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordStart(text, i)) {
                i++;
                continue;
            }
            int bestEnd = -1;
            Gazetteer.Form best = null;
            Node node = root;
            for (int j = i; j < n && node != null; j++) {
                node = node.child(Gazetteer.normalise(text.charAt(j)));
                if (node != null && node.form != null && isWordEnd(text, j + 1)) {
                    bestEnd = j + 1;
                    best = node.form;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (best.country() != null) {
                out.add(new PlaceMention(i, bestEnd, text.substring(i, bestEnd), best.country(), best.kind()));
            }
            i = bestEnd;
        }
        return out;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }

    /** True when a name ending before {@code end} ends a word: no letter or digit follows it. */
    private static boolean isWordEnd(String text, int end) {
        return end == text.length()
                || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(text.charAt(end - 1));
    }

    /** A trie node; children are few per node, so a small map each is enough. */
    private static final class Node {
        private Map<Character, Node> children;
        private Gazetteer.Form form;

        Node child(char c) {
            return children == null ? null : children.get(c);
        }

        void insert(String key, Gazetteer.Form value) {
            Node node = this;
            for (int i = 0; i < key.length(); i++) {
                if (node.children == null) {
                    node.children = new HashMap<>(4);
                }
                node = node.children.computeIfAbsent(key.charAt(i), k -> new Node());
            }
            node.form = value;
        }
    }
}
