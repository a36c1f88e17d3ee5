package io.wirestream.extract;

import io.wirestream.text.WordLists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Russian" + "Embassy", "Japan" + "Coast Guard": a place or MISC name before an organisation head is an organisation. */
final class OrgHeadRule implements SpanRule {

    private static final List<List<String>> HEADS = WordLists.lines(OrgHeadRule.class, "org-heads.txt").stream()
            .map(l -> List.of(l.split("\\s+")))
            .sorted(Comparator.comparingInt((List<String> l) -> l.size()).reversed())
            .toList();

    @Override
    public String name() {
        return "org-heads";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        List<EntitySpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            EntitySpan span = spans.get(k);
            if (span.label() == EntitySpan.Label.MISC || span.label() == EntitySpan.Label.PLACE) {
                if (endsWithHead(s, span)) {
                    span = new EntitySpan(span.start(), span.end(), EntitySpan.Label.ORGANISATION);
                } else {
                    int limit = k + 1 < spans.size() ? spans.get(k + 1).start() : Integer.MAX_VALUE;
                    span = extended(s, span, limit);
                }
            }
            out.add(span);
        }
        return out;
    }

    /** "Russia Council": the span's own last words are a head, and not all of it. */
    private static boolean endsWithHead(Sentence s, EntitySpan span) {
        List<Token> tokens = s.tokensIn(span.start(), span.end());
        for (List<String> head : HEADS) {
            int at = tokens.size() - head.size();
            if (at >= 1 && Sentence.matchesAt(tokens, at, head, s.oddCase())) {
                return true;
            }
        }
        return false;
    }

    private static EntitySpan extended(Sentence s, EntitySpan span, int limit) {
        int last = s.tokenEndingAt(span.end(), 0);
        if (last < 0) {
            return span;
        }
        for (List<String> head : HEADS) {
            if (s.matchesAt(last + 1, head) && s.tokens().get(last + head.size()).end() <= limit) {
                return new EntitySpan(span.start(), s.tokens().get(last + head.size()).end(),
                        EntitySpan.Label.ORGANISATION);
            }
        }
        return span;
    }
}
