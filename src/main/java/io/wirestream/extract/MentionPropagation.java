package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds again, where the engine missed them, the names it found elsewhere in the article and
 * the surnames of the people it found; in ALL CAPS and Title Case sentences regardless of
 * case, elsewhere only as written and not inside a longer capitalised name.
 */
final class MentionPropagation {

    /** A name to look for again, as words. */
    private record Candidate(List<String> words, Entity.Type type) {
    }

    private MentionPropagation() {
    }

    /** The mentions to add to {@code found}, which it leaves as it is. */
    static List<Found> find(List<FieldText> fields, List<Found> found) {
        return find(fields, found, Map.of());
    }

    /**
     * As {@link #find(List, List)}, never inside {@code oddCaseMisc}: the spans the engine called
     * MISC in ALL CAPS and Title Case sentences, by field. There every word is capitalised, so the
     * engine's longer name ("U.S. OPEN") is the only sign that "U.S." is not a mention of its own.
     */
    static List<Found> find(List<FieldText> fields, List<Found> found, Map<Entity.Mention.Field, Intervals> oddCaseMisc) {
        Map<String, List<Candidate>> byFirst = candidates(found);
        List<Found> added = new ArrayList<>();
        if (byFirst.isEmpty()) {
            return added;
        }
        for (FieldText f : fields) {
            Intervals covered = new Intervals();
            Intervals misc = oddCaseMisc.getOrDefault(f.field(), new Intervals());
            for (Found x : found) {
                if (x.field() == f.field() && !covered.overlaps(x.start(), x.end())) {
                    covered.add(x.start(), x.end());
                }
            }
            for (Sentence s : f.sentences()) {
                List<Token> tokens = s.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    List<Candidate> list = byFirst.get(tokens.get(i).word().toLowerCase(Locale.ROOT));
                    if (list == null) {
                        continue;
                    }
                    for (Candidate c : list) {
                        int n = c.words().size();
                        if (!s.matchesAt(i, c.words())) {
                            continue;
                        }
                        int start = tokens.get(i).start();
                        int end = tokens.get(i + n - 1).end();
                        if (covered.overlaps(start, end) || s.credits().overlaps(start, end) || misc.overlaps(start, end)) {
                            break;
                        }
                        if (!s.oddCase() && (capitalised(tokens, i - 1) && i - 1 > 0 || capitalised(tokens, i + n))) {
                            break;
                        }
                        added.add(new Found(f.field(), start, end, f.text().substring(start, end), c.type(),
                                List.copyOf(tokens.subList(i, i + n)), s.oddCase(), s.listLine()));
                        covered.add(start, end);
                        i += n - 1;
                        break;
                    }
                }
            }
        }
        return added;
    }

    private static Map<String, List<Candidate>> candidates(List<Found> found) {
        Map<String, List<Candidate>> byFirst = new HashMap<>();
        Map<String, Entity.Type> typeOf = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (Found f : found) {
            String key = joinLower(f.tokens());
            Entity.Type prev = typeOf.putIfAbsent(key, f.type());
            if (prev != null && prev != f.type()) {
                conflicting.add(key);
            }
        }
        for (Found f : found) {
            List<String> words = f.tokens().stream().map(Token::word).toList();
            if (conflicting.contains(joinLower(f.tokens())) || f.text().length() < 3
                    || !Character.isUpperCase(f.text().charAt(0))) {
                continue;
            }
            // A person the engine named by one word alone in running text is its likeliest mistake
            // ("Aisby is a village ..."): not copied (a surname of a full name still is, below).
            if (f.type() != Entity.Type.PERSON || words.size() > 1 || f.oddCase()) {
                add(byFirst, new Candidate(words, f.type()));
            }
            EntityMerger.Alias alias = EntityMerger.alias(f.text());
            if (alias != null) {
                add(byFirst, new Candidate(List.of(alias.canonical().split("\\s+")), alias.type()));
                for (String name : alias.names()) {
                    if (name.length() >= 3) {
                        add(byFirst, new Candidate(List.of(name.split("\\s+")), alias.type()));
                    }
                }
            }
            if (f.type() == Entity.Type.PERSON && words.size() > 1) {
                String surname = words.get(words.size() - 1);
                Entity.Type other = typeOf.get(surname.toLowerCase(Locale.ROOT));
                if (surname.length() >= 3 && Character.isUpperCase(surname.charAt(0))
                        && (other == null || other == Entity.Type.PERSON)) {
                    add(byFirst, new Candidate(List.of(surname), Entity.Type.PERSON));
                }
            }
        }
        for (List<Candidate> list : byFirst.values()) {
            list.sort(Comparator.comparingInt((Candidate c) -> c.words().size()).reversed());
        }
        return byFirst;
    }

    private static void add(Map<String, List<Candidate>> byFirst, Candidate c) {
        List<Candidate> list = byFirst.computeIfAbsent(c.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.words().equals(c.words()))) {
            list.add(c);
        }
    }

    private static boolean capitalised(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String joinLower(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
