package io.wirestream.extract;

import io.wirestream.clean.Cleaner;
import io.wirestream.ingest.FeedParser;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.Removal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores the raw engine and the extract stage on a CoNLL-format file: per-type precision,
 * recall and F1 on exact spans, CoNLL conventions, MISC ignored.
 *
 * <p>Each document becomes an article whose body has one paragraph per sentence, tokens
 * joined by a space, so the stage reads it as it reads a wire item; the raw engine gets the
 * gold tokens, sentence by sentence ({@code classifySentence}). Spans are
 * {@code "field:start:end:TYPE"} keys, as in {@link AccuracyTest}.
 */
final class ConllEval {

    static final List<Entity.Type> TYPES = List.of(Entity.Type.PERSON, Entity.Type.ORGANISATION, Entity.Type.PLACE);

    /** One document: the article the stage reads, its gold spans, and its sentences as gold tokens. */
    record Doc(Article article, Set<String> gold, List<List<Token>> sentences) {
    }

    /** True positives, false positives and misses of one type. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Counts per type plus {@code null} for all three together. */
    static final class Score {
        final Map<Entity.Type, Counts> byType = new EnumMap<>(Entity.Type.class);
        final Counts all = new Counts();

        Score() {
            TYPES.forEach(t -> byType.put(t, new Counts()));
        }

        void add(Set<String> gold, Set<String> predicted) {
            for (String p : predicted) {
                Counts c = byType.get(typeOf(p));
                if (gold.contains(p)) {
                    c.tp++;
                    all.tp++;
                } else {
                    c.fp++;
                    all.fp++;
                }
            }
            for (String g : gold) {
                if (!predicted.contains(g)) {
                    byType.get(typeOf(g)).fn++;
                    all.fn++;
                }
            }
        }

        String row(String name) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-12s", name));
            for (Entity.Type t : TYPES) {
                Counts c = byType.get(t);
                b.append(String.format(Locale.ROOT, " | %.3f %.3f %.3f", c.precision(), c.recall(), c.f1()));
            }
            b.append(String.format(Locale.ROOT, " | %.3f %.3f %.3f", all.precision(), all.recall(), all.f1()));
            return b.toString();
        }
    }

    private ConllEval() {
    }

    /**
     * The documents of one half: {@code dev} the 1st, 3rd, 5th ..., {@code held-out} the 2nd, 4th ...,
     * anything else (or blank) all of them. Halves are by document so that a name repeated within
     * a document never sits on both sides.
     */
    static List<Doc> half(List<Doc> docs, String half) {
        int parity = switch (half) {
            case "dev" -> 0;
            case "held-out" -> 1;
            case "", "all" -> -1;
            default -> throw new IllegalArgumentException("ner.half must be dev, held-out or all, was " + half);
        };
        if (parity < 0) {
            return docs;
        }
        List<Doc> out = new ArrayList<>();
        for (int i = parity; i < docs.size(); i += 2) {
            out.add(docs.get(i));
        }
        return out;
    }

    /** Reads a CoNLL file (word first, tag last on each line; IOB1, IOB2 or IO tags). */
    static List<Doc> read(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        List<List<String[]>> sentences = new ArrayList<>();
        List<String[]> sentence = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.trim().split("\\s+");
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
            } else if (cols[0].equals("-DOCSTART-")) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (!sentences.isEmpty()) {
                    docs.add(doc(docs.size(), sentences));
                }
                sentences = new ArrayList<>();
            } else {
                sentence.add(new String[] {cols[0], cols[cols.length - 1]});
            }
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        if (!sentences.isEmpty()) {
            docs.add(doc(docs.size(), sentences));
        }
        return docs;
    }

    private static Doc doc(int n, List<List<String[]>> sentences) {
        StringBuilder body = new StringBuilder();
        Set<String> gold = new HashSet<>();
        List<List<Token>> tokens = new ArrayList<>();
        for (List<String[]> s : sentences) {
            if (body.length() > 0) {
                body.append("\n\n");
            }
            List<Token> ts = new ArrayList<>();
            int spanStart = -1;
            String spanType = null;
            for (String[] wt : s) {
                if (!ts.isEmpty()) {
                    body.append(' ');
                }
                int start = body.length();
                body.append(wt[0]);
                Token t = new Token(wt[0], start, body.length());
                String tag = wt[1];
                String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
                boolean begins = tag.startsWith("B-") || type != null && !type.equals(spanType);
                if (spanType != null && (type == null || begins)) {
                    addGold(gold, spanStart, ts.get(ts.size() - 1).end(), spanType);
                    spanType = null;
                }
                if (type != null && spanType == null) {
                    spanStart = start;
                    spanType = type;
                }
                ts.add(t);
            }
            if (spanType != null) {
                addGold(gold, spanStart, ts.get(ts.size() - 1).end(), spanType);
            }
            tokens.add(ts);
        }
        List<String> paragraphs = List.of(body.toString().split("\n\n"));
        return new Doc(Articles.withId("doc-" + n, "", paragraphs), gold, tokens);
    }

    private static void addGold(Set<String> gold, int start, int end, String conllType) {
        Entity.Type t = switch (conllType) {
            case "PER" -> Entity.Type.PERSON;
            case "ORG" -> Entity.Type.ORGANISATION;
            case "LOC" -> Entity.Type.PLACE;
            default -> null;
        };
        if (t != null) {
            gold.add("body:" + start + ":" + end + ":" + t);
        }
    }

    static Entity.Type typeOf(String key) {
        return Entity.Type.valueOf(key.substring(key.lastIndexOf(':') + 1));
    }

    /** The raw engine on the gold tokens, sentence by sentence. */
    static Set<String> raw(EntityRecognizer engine, Doc d) {
        Set<String> out = new HashSet<>();
        for (List<Token> s : d.sentences()) {
            for (EntitySpan span : engine.recognize(s)) {
                if (span.label() != EntitySpan.Label.MISC) {
                    out.add("body:" + span.start() + ":" + span.end() + ":" + switch (span.label()) {
                        case PERSON -> Entity.Type.PERSON;
                        case ORGANISATION -> Entity.Type.ORGANISATION;
                        default -> Entity.Type.PLACE;
                    });
                }
            }
        }
        return out;
    }

    /**
     * The whole text path as {@code enrich} runs it: the document as raw text (one paragraph per
     * sentence) through the parser, the cleaner and the stage. Mentions are mapped back to the
     * document by finding each cleaned paragraph (and the headline) in it; what cleaning changed
     * or dropped cannot be mapped and counts as missed.
     */
    static Set<String> pipeline(FeedParser parser, Cleaner cleaner, EntityExtractor stage, Doc d) {
        String raw = d.article().body();
        Article a = stage.extract(cleaner.clean(parser.parse(d.article().id(),
                raw.getBytes(StandardCharsets.UTF_8), null)));
        Map<Entity.Mention.Field, List<int[]>> pieces = new EnumMap<>(Entity.Mention.Field.class);
        pieces.put(Entity.Mention.Field.HEADLINE, List.of(new int[] {0, raw.indexOf(a.headline())}));
        List<int[]> body = new ArrayList<>();
        int at = 0;
        int from = 0;
        for (String p : a.paragraphs()) {
            int found = raw.indexOf(p, from);
            body.add(new int[] {at, found});
            if (found >= 0) {
                from = found + p.length();
            }
            at += p.length() + 2;
        }
        pieces.put(Entity.Mention.Field.BODY, body);
        Set<String> out = new HashSet<>();
        for (Entity e : a.entities()) {
            for (Entity.Mention m : e.mentions()) {
                int[] piece = null;
                for (int[] p : pieces.get(m.field())) {
                    if (p[0] <= m.start()) {
                        piece = p;
                    }
                }
                if (piece != null && piece[1] >= 0 && (m.field() == Entity.Mention.Field.BODY || !a.headline().isEmpty())) {
                    int shift = piece[1] - piece[0];
                    out.add("body:" + (m.start() + shift) + ":" + (m.end() + shift) + ":" + e.type());
                }
            }
        }
        return out;
    }

    /**
     * The sentences of a document that parse and clean did not pass on unchanged, each with who
     * took it: the cleaning rule that recorded its removal, else the parser (headline, byline,
     * dateline, time lines).
     */
    static List<String> lost(FeedParser parser, Cleaner cleaner, Doc d) {
        String raw = d.article().body();
        Article a = cleaner.clean(parser.parse(d.article().id(), raw.getBytes(StandardCharsets.UTF_8), null));
        Set<String> kept = new HashSet<>(a.paragraphs());
        kept.add(a.headline());
        List<String> out = new ArrayList<>();
        for (String p : raw.split("\n\n")) {
            if (!kept.contains(p)) {
                String by = "parser";
                for (Removal r : a.removals()) {
                    if (r.text().contains(p) || p.contains(r.text())) {
                        by = r.rule();
                    }
                }
                out.add(by + ": " + p);
            }
        }
        return out;
    }

    static Score score(List<Doc> docs, Function<Doc, Set<String>> system) {
        Score s = new Score();
        for (Doc d : docs) {
            s.add(d.gold(), system.apply(d));
        }
        return s;
    }

    static String header() {
        return String.format(Locale.ROOT, "  %-12s | %-17s | %-17s | %-17s | %-17s", "",
                "PER  P     R     F1", "ORG  P     R     F1", "LOC  P     R     F1", "all  P     R     F1");
    }

    /**
     * The stage's errors, one line each: FP (predicted, not gold) or MISS, the type, the text,
     * and who made it: {@code engine} when the raw engine made the same error, else
     * {@code stage}, with the rules whose removal undoes it.
     */
    static void errors(List<Doc> docs, Map<Doc, Set<String>> raw, Map<Doc, Set<String>> stage,
                       Map<String, Map<Doc, Set<String>>> without, Function<Doc, List<String>> lost,
                       PrintStream out) {
        for (Doc d : docs) {
            for (String l : lost.apply(d)) {
                out.println("LOST " + d.article().id() + " " + l.replace('\n', ' '));
            }
            String body = d.article().body();
            Set<String> s = stage.get(d);
            Set<String> r = raw.get(d);
            for (String p : new TreeSet<>(s)) {
                if (!d.gold().contains(p)) {
                    out.println(line("FP  ", p, body, r.contains(p), blame(without, d, p, false)));
                }
            }
            for (String g : new TreeSet<>(d.gold())) {
                if (!s.contains(g)) {
                    out.println(line("MISS", g, body, !r.contains(g), blame(without, d, g, true)));
                }
            }
        }
    }

    private static String blame(Map<String, Map<Doc, Set<String>>> without, Doc d, String key, boolean miss) {
        List<String> rules = new ArrayList<>();
        for (Map.Entry<String, Map<Doc, Set<String>>> e : without.entrySet()) {
            if (e.getValue().get(d).contains(key) == miss) {
                rules.add(e.getKey());
            }
        }
        return rules.isEmpty() ? "" : " by " + String.join(",", rules);
    }

    private static String line(String kind, String key, String body, boolean engine, String blame) {
        String[] f = key.split(":");
        int start = Integer.parseInt(f[1]);
        int end = Integer.parseInt(f[2]);
        int before = body.lastIndexOf("\n\n", start);
        int ctxStart = before < 0 ? 0 : before + 2;
        int ctxEnd = body.indexOf("\n\n", end);
        String ctx = body.substring(ctxStart, start) + "[" + body.substring(start, end) + "]"
                + body.substring(end, ctxEnd < 0 ? body.length() : ctxEnd);
        if (ctx.length() > 140) {
            int at = start - ctxStart;
            ctx = ctx.substring(Math.max(0, at - 60), Math.min(ctx.length(), at + 80));
        }
        return String.format(Locale.ROOT, "%s %-12s %-6s%s  \"%s\"  %s", kind, f[3], engine ? "engine" : "stage",
                blame, body.substring(start, end), ctx);
    }

    /** Runs the comparison and prints it; the error list goes to {@code errorsTo} when given. */
    static Map<String, Score> run(List<Doc> docs, EntityRecognizer engine, EntityExtractor stage,
                                  Map<String, EntityExtractor> ablations, Path errorsTo, PrintStream out)
            throws IOException {
        Map<Doc, Set<String>> raw = new LinkedHashMap<>();
        Map<Doc, Set<String>> staged = new LinkedHashMap<>();
        boolean whole = Boolean.getBoolean("ner.pipeline");
        FeedParser parser = new FeedParser();
        Cleaner cleaner = Cleaner.standard();
        for (Doc d : docs) {
            raw.put(d, raw(engine, d));
            staged.put(d, whole ? pipeline(parser, cleaner, stage, d) : AccuracyTest.stage(stage, d.article()));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        scores.put("raw engine", score(docs, raw::get));
        scores.put(whole ? "parse+clean+stage" : "stage", score(docs, staged::get));
        Map<String, Map<Doc, Set<String>>> without = new LinkedHashMap<>();
        for (Map.Entry<String, EntityExtractor> e : ablations.entrySet()) {
            Map<Doc, Set<String>> m = new LinkedHashMap<>();
            for (Doc d : docs) {
                m.put(d, whole ? pipeline(parser, cleaner, e.getValue(), d) : AccuracyTest.stage(e.getValue(), d.article()));
            }
            without.put(e.getKey(), m);
            scores.put("-" + e.getKey(), score(docs, m::get));
        }
        int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
        out.printf(Locale.ROOT, "%d documents, %d gold PER/ORG/LOC spans%n", docs.size(), gold);
        out.println(header());
        scores.forEach((name, s) -> out.println(s.row(name)));
        if (errorsTo != null) {
            try (PrintStream p = new PrintStream(Files.newOutputStream(errorsTo), true, StandardCharsets.UTF_8)) {
                errors(docs, raw, staged, without, d -> whole ? lost(parser, cleaner, d) : List.of(), p);
            }
            out.println("errors written to " + errorsTo);
        }
        return scores;
    }
}
