package io.wirestream.extract;

import io.wirestream.text.WordLists;

import java.util.List;

/** Drops the "person" in "Typhoon Haiyan", "Hurricane Katrina": an event, which ninjs has no place for. */
final class EventNameRule implements SpanRule {

    private static final List<List<String>> HEADS = WordLists.lines(EventNameRule.class, "event-heads.txt")
            .stream().map(l -> List.of(l.split("\\s+"))).toList();

    @Override
    public String name() {
        return "event-names";
    }

    @Override
    public List<EntitySpan> apply(List<EntitySpan> spans, Sentence s) {
        return spans.stream().filter(span -> span.label() != EntitySpan.Label.PERSON || !namesAnEvent(s, span)).toList();
    }

    private static boolean namesAnEvent(Sentence s, EntitySpan span) {
        int first = s.firstTokenFrom(span.start());
        if (first < 0) {
            return false;
        }
        for (List<String> head : HEADS) {
            // The head just before the name, or the span starting with it.
            if (s.matchesAt(first - head.size(), head)) {
                return true;
            }
            if (s.matchesAt(first, head) && s.tokens().get(first + head.size() - 1).end() < span.end()) {
                return true;
            }
        }
        return false;
    }
}
