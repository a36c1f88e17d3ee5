package io.wirestream.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an article belongs: the desks it is routed to, its primary desk and every desk's score.
 *
 * @param primary the desk with the highest score, {@link Region#UNKNOWN} when no place was found
 * @param desks   every desk with a real share of the place mentions, primary first; never empty
 * @param scores  each desk's share of the weighted place mentions, from 0 to 1
 */
public record RegionAssignment(Region primary, List<Region> desks, Map<Region, Double> scores) {
    public RegionAssignment {
        Objects.requireNonNull(primary, "primary");
        desks = List.copyOf(desks);
        scores = Map.copyOf(scores);
        if (desks.isEmpty()) {
            throw new IllegalArgumentException("desks must not be empty");
        }
    }

    /** The assignment of an article that mentions no known place. */
    public static RegionAssignment unknown() {
        return new RegionAssignment(Region.UNKNOWN, List.of(Region.UNKNOWN), Map.of());
    }
}
