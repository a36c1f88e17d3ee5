package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * type-vote: the one type all mentions of a repeated name take, or none, each mention then keeping
 * its own. Only mentions in prose and headlines vote: a dateline or table row names things in its
 * own way ("NEW YORK 1996-08-30" is the city although the standings below name the team "New York").
 */
final class TypeVote {

    private TypeVote() {
    }

    /**
     * The winning type, or {@code null}.
     *
     * <p>The vote acts only when one type has more mentions than any other: on a tie the engine has
     * no opinion to enforce (wikigold: a village read once as a person and once as a place). The type
     * it enforces is the one with the most confidence in sum ({@link Found#confidence()}), so that
     * two mentions the engine barely read as a person do not outvote one it reads surely as a place.
     *
     * <p>A one-word name is never made a person: a lone unfamiliar capitalised word (a village, a
     * company) is the engine's likeliest person by mistake, and a real person's lone surname joins
     * the full name without the vote (the merger's surname join).
     *
     * @param mentions the name's mentions
     * @param oneWord  whether the name, without titles, is one word
     */
    static Entity.Type winner(List<Found> mentions, boolean oneWord) {
        Map<Entity.Type, Integer> counts = new EnumMap<>(Entity.Type.class);
        Map<Entity.Type, Double> confidence = new EnumMap<>(Entity.Type.class);
        for (Found f : mentions) {
            if (!f.listLine()) {
                counts.merge(f.type(), 1, Integer::sum);
                confidence.merge(f.type(), f.confidence(), Double::sum);
            }
        }
        if (top(counts) == null) {
            return null;
        }
        Entity.Type surest = top(confidence);
        return surest == Entity.Type.PERSON && oneWord ? null : surest;
    }

    /** The type with the greatest value, or {@code null} when none or two share it. */
    private static <N extends Number> Entity.Type top(Map<Entity.Type, N> values) {
        Entity.Type best = null;
        boolean tie = false;
        for (Map.Entry<Entity.Type, N> e : values.entrySet()) {
            double v = e.getValue().doubleValue();
            double b = best == null ? Double.NEGATIVE_INFINITY : values.get(best).doubleValue();
            if (v > b) {
                best = e.getKey();
                tie = false;
            } else if (v == b) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
