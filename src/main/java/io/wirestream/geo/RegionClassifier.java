package io.wirestream.geo;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assigns an article its places and desks from the place mentions in its dateline, headline
 * and body.
 *
 * <p>Each mention counts once towards its country's {@link Place#mentions()}; for the desk
 * scores a dateline mention weighs {@value #DATELINE_WEIGHT}, a headline mention
 * {@value #HEADLINE_WEIGHT} and a body mention {@value #BODY_WEIGHT}. A desk's score is its
 * share of the weighted mentions; the primary desk has the highest score (ties go to the
 * desk earlier in {@link Region}'s order), and the article goes to every desk whose share
 * reaches the threshold. Places whose desk is {@link Region#UNKNOWN} (Antarctica) are listed
 * but score for no desk. An article with no scoring place is {@link RegionAssignment#unknown()}.
 *
 * <p>Place entities the extract stage's NER found count too, where the gazetteer resolves them
 * and its own scan did not already count that span (other casings, spellings it knows only as
 * a whole name).
 */
public final class RegionClassifier {

    /** The default minimum share of weighted mentions for a desk to receive the article. */
    public static final double DEFAULT_THRESHOLD = 0.2;
    static final int DATELINE_WEIGHT = 3;
    static final int HEADLINE_WEIGHT = 2;
    static final int BODY_WEIGHT = 1;

    private final PlaceFinder finder;
    private final Gazetteer gazetteer;
    private final double threshold;

    /** A classifier over the standard gazetteer with the default threshold. */
    public RegionClassifier() {
        this(Gazetteer.standard(), PlaceFinder.standard(), DEFAULT_THRESHOLD);
    }

    /**
     * A classifier over {@code gazetteer}; {@code threshold} is the minimum share, in (0, 1],
     * a desk needs to receive the article.
     */
    public RegionClassifier(Gazetteer gazetteer, PlaceFinder finder, double threshold) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.finder = Objects.requireNonNull(finder, "finder");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
    }

    /** The article with its places and region assignment set. */
    public Article classify(Article a) {
        Objects.requireNonNull(a, "article");
        Map<Country, Tally> tallies = new LinkedHashMap<>();
        if (a.dateline() != null && !a.dateline().isBlank()) {
            List<PlaceMention> found = finder.find(a.dateline());
            if (found.isEmpty()) {
                gazetteer.lookup(a.dateline()).ifPresent(c -> tally(tallies, c, DATELINE_WEIGHT));
            }
            found.forEach(m -> tally(tallies, m.country(), DATELINE_WEIGHT));
        }
        List<PlaceMention> inHeadline = finder.find(a.headline());
        List<PlaceMention> inBody = finder.find(a.body());
        inHeadline.forEach(m -> tally(tallies, m.country(), HEADLINE_WEIGHT));
        inBody.forEach(m -> tally(tallies, m.country(), BODY_WEIGHT));
        for (Entity e : a.entities()) {
            if (e.type() != Entity.Type.PLACE) {
                continue;
            }
            for (Entity.Mention m : e.mentions()) {
                boolean headline = "headline".equals(m.field());
                if (!overlaps(headline ? inHeadline : inBody, m)) {
                    gazetteer.lookup(m.text()).or(() -> gazetteer.lookup(e.name())).ifPresent(
                            c -> tally(tallies, c, headline ? HEADLINE_WEIGHT : BODY_WEIGHT));
                }
            }
        }
        return a.withPlaces(places(tallies), assign(tallies));
    }

    private static boolean overlaps(List<PlaceMention> found, Entity.Mention m) {
        for (PlaceMention p : found) {
            if (p.start() < m.end() && m.start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    private static void tally(Map<Country, Tally> tallies, Country c, int weight) {
        Tally t = tallies.computeIfAbsent(c, k -> new Tally());
        t.mentions++;
        t.weight += weight;
    }

    private static List<Place> places(Map<Country, Tally> tallies) {
        List<Place> places = new ArrayList<>();
        tallies.forEach((c, t) -> places.add(new Place(c.name(), c.code(), c.desk(), t.mentions)));
        places.sort(Comparator.comparingInt(Place::mentions).reversed().thenComparing(Place::name));
        return places;
    }

    private RegionAssignment assign(Map<Country, Tally> tallies) {
        Map<Region, Integer> weights = new EnumMap<>(Region.class);
        int total = 0;
        for (Map.Entry<Country, Tally> e : tallies.entrySet()) {
            Region desk = e.getKey().desk();
            if (desk != Region.UNKNOWN) {
                weights.merge(desk, e.getValue().weight, Integer::sum);
                total += e.getValue().weight;
            }
        }
        if (total == 0) {
            return RegionAssignment.unknown();
        }
        Map<Region, Double> scores = new EnumMap<>(Region.class);
        for (Map.Entry<Region, Integer> e : weights.entrySet()) {
            scores.put(e.getKey(), e.getValue() / (double) total);
        }
        // EnumMap iterates in desk order, so a stable sort keeps that order among equal scores.
        List<Region> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparing(scores::get, Comparator.reverseOrder()));
        Region primary = ranked.get(0);
        List<Region> desks = new ArrayList<>();
        desks.add(primary);
        for (Region r : ranked.subList(1, ranked.size())) {
            if (scores.get(r) >= threshold) {
                desks.add(r);
            }
        }
        return new RegionAssignment(primary, desks, scores);
    }

    private static final class Tally {
        int mentions;
        int weight;
    }
}
