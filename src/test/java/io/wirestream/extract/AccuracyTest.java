package io.wirestream.extract;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exact-span F1 over people, organisations and places on the labelled dev set
 * {@code ner-dev.txt}, for the raw engine and for the stage. Prints both; fails if the stage
 * falls below the raw engine or below a fixed floor. The real-newswire check is
 * {@link ConllAccuracyTest}.
 */
class AccuracyTest {

    /** The stage's F1 on the dev set may not fall below this (0.945 when it was set). */
    static final double FLOOR = 0.93;

    private static final Pattern LABEL = Pattern.compile("\\[(PER|ORG|LOC) ([^\\]]+)]");

    /** A labelled article: its plain text and gold spans "field:start:end:TYPE". */
    record Doc(Article article, Set<String> gold) {
    }

    static List<Doc> load() throws IOException {
        String text;
        try (InputStream in = AccuracyTest.class.getResourceAsStream("ner-dev.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Doc> docs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            String headline = "";
            List<String> paragraphs = new ArrayList<>();
            Set<String> gold = new HashSet<>();
            List<String[]> bodySpans = new ArrayList<>();
            for (String line : block.split("\\n")) {
                if (line.startsWith("H: ")) {
                    headline = strip(line.substring(3), 0, "headline", gold);
                } else if (line.startsWith("B: ")) {
                    int offset = String.join("\n\n", paragraphs).length() + (paragraphs.isEmpty() ? 0 : 2);
                    paragraphs.add(strip(line.substring(3), offset, "body", gold));
                }
            }
            if (!headline.isEmpty() || !paragraphs.isEmpty()) {
                docs.add(new Doc(Articles.of(headline, paragraphs.toArray(String[]::new)), gold));
            }
        }
        return docs;
    }

    private static String strip(String labelled, int offset, String field, Set<String> gold) {
        StringBuilder plain = new StringBuilder();
        Matcher m = LABEL.matcher(labelled);
        int last = 0;
        while (m.find()) {
            plain.append(labelled, last, m.start());
            int start = offset + plain.length();
            plain.append(m.group(2));
            gold.add(field + ":" + start + ":" + (offset + plain.length()) + ":" + type(m.group(1)));
            last = m.end();
        }
        plain.append(labelled.substring(last));
        return plain.toString();
    }

    private static Entity.Type type(String label) {
        return switch (label) {
            case "PER" -> Entity.Type.PERSON;
            case "ORG" -> Entity.Type.ORGANISATION;
            default -> Entity.Type.PLACE;
        };
    }

    /** Spans of the raw engine: every sentence through the cased model, nothing else. */
    static Set<String> raw(EntityRecognizer engine, Article a) {
        Set<String> out = new HashSet<>();
        rawField(engine, "headline", a.headline(), out);
        rawField(engine, "body", a.body(), out);
        return out;
    }

    private static void rawField(EntityRecognizer engine, String field, String text, Set<String> out) {
        for (List<Token> sentence : TextSegmenter.sentences(text)) {
            for (EntitySpan s : engine.recognize(sentence)) {
                Entity.Type t = switch (s.label()) {
                    case PERSON -> Entity.Type.PERSON;
                    case ORGANISATION -> Entity.Type.ORGANISATION;
                    case PLACE -> Entity.Type.PLACE;
                    case MISC -> null;
                };
                if (t != null) {
                    out.add(field + ":" + s.start() + ":" + s.end() + ":" + t);
                }
            }
        }
    }

    static Set<String> stage(EntityExtractor x, Article a) {
        Set<String> out = new HashSet<>();
        for (Entity e : x.extract(a).entities()) {
            for (Entity.Mention m : e.mentions()) {
                out.add(m.field().label() + ":" + m.start() + ":" + m.end() + ":" + e.type());
            }
        }
        return out;
    }

    /** {tp, fp, fn}. */
    static int[] score(Set<String> gold, Set<String> predicted) {
        int tp = 0;
        for (String p : predicted) {
            if (gold.contains(p)) {
                tp++;
            }
        }
        return new int[] {tp, predicted.size() - tp, gold.size() - tp};
    }

    static double f1(int[] c) {
        double p = c[0] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Test
    void shouldBeAtLeastAsAccurateAsTheRawEngine() throws IOException {
        List<Doc> docs = load();
        EntityRecognizer engine = EntityRecognizers.named(EntityRecognizers.CORENLP_CRF);
        int[] raw = new int[3];
        int[] stage = new int[3];
        boolean verbose = Boolean.getBoolean("ner.verbose");
        for (Doc d : docs) {
            Set<String> r = raw(engine, d.article());
            Set<String> s = stage(Shared.EXTRACTOR, d.article());
            int[] cr = score(d.gold(), r);
            int[] cs = score(d.gold(), s);
            for (int i = 0; i < 3; i++) {
                raw[i] += cr[i];
                stage[i] += cs[i];
            }
            if (verbose) {
                report(d, s);
            }
        }
        int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
        System.out.printf("NER dev set: %d articles, %d gold mentions%n", docs.size(), gold);
        System.out.printf("  raw engine  tp=%d fp=%d fn=%d  F1=%.3f%n", raw[0], raw[1], raw[2], f1(raw));
        System.out.printf("  stage       tp=%d fp=%d fn=%d  F1=%.3f%n", stage[0], stage[1], stage[2], f1(stage));
        assertTrue(f1(stage) >= f1(raw), "stage F1 " + f1(stage) + " below raw engine " + f1(raw));
        assertTrue(f1(stage) >= FLOOR, "stage F1 " + f1(stage) + " below the floor " + FLOOR);
    }

    private static void report(Doc d, Set<String> predicted) {
        for (String g : d.gold()) {
            if (!predicted.contains(g)) {
                System.out.println("  MISSED " + show(d.article(), g));
            }
        }
        for (String p : predicted) {
            if (!d.gold().contains(p)) {
                System.out.println("  WRONG  " + show(d.article(), p));
            }
        }
    }

    private static String show(Article a, String span) {
        String[] f = span.split(":");
        String text = f[0].equals("headline") ? a.headline() : a.body();
        return f[3] + " '" + text.substring(Integer.parseInt(f[1]), Integer.parseInt(f[2])) + "'";
    }
}
