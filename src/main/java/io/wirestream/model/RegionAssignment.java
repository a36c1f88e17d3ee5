package io.wirestream.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an article belongs: the desks it is routed to, its primary desk, every desk's score,
 * and the mentions that decided it.
 *
 * @param primary  the desk with the highest score, {@link Region#UNKNOWN} when no place was found
 * @param desks    every desk with a real share of the place mentions, primary first; never empty
 * @param scores   each desk's share of the weighted place mentions, from 0 to 1
 * @param evidence the weighted mentions behind the scores, heaviest first
 */
public record RegionAssignment(Region primary, List<Region> desks, Map<Region, Double> scores,
                               List<Evidence> evidence) {
    public RegionAssignment {
        Objects.requireNonNull(primary, "primary");
        desks = List.copyOf(desks);
        scores = Map.copyOf(scores);
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
        if (desks.isEmpty()) {
            throw new IllegalArgumentException("desks must not be empty");
        }
    }

    /** An assignment without recorded evidence. */
    public RegionAssignment(Region primary, List<Region> desks, Map<Region, Double> scores) {
        this(primary, desks, scores, List.of());
    }

    /** The assignment of an article that mentions no known place. */
    public static RegionAssignment unknown() {
        return new RegionAssignment(Region.UNKNOWN, List.of(Region.UNKNOWN), Map.of());
    }

    /**
     * One place mention and what it added to a desk's score.
     *
     * @param text   the mention as written ({@code "STAMFORD, Conn."}, {@code "Japanese"})
     * @param field  {@code "dateline"}, {@code "headline"} or {@code "body"}
     * @param place  the place it resolved to ({@code "Stamford"})
     * @param country ISO alpha-2 code of the place's country
     * @param desk   the desk it scored for
     * @param weight its weight before the shares are taken
     * @param reason how the place was chosen among its namesakes ({@code "dateline qualifier"},
     *               {@code "only candidate"}, {@code "country name"}, {@code "context"}, {@code "population"})
     */
    public record Evidence(String text, String field, String place, String country, Region desk,
                           double weight, String reason) {
        public Evidence {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(desk, "desk");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
