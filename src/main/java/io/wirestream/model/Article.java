package io.wirestream.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned article as it moves through dedupe, extraction and classification: the item as
 * parsed plus one small record per stage that enriched it.
 *
 * <p>The clean stage creates it; later stages set their own part through a {@code with...}
 * method, so each stage's contribution is visible in the type and a new field touches one record.
 *
 * @param item       the feed item as parsed, untouched by cleaning
 * @param cleaned    what the clean stage made of it
 * @param dedupe     fingerprint, version and the dedupe decision
 * @param extraction tags and named entities
 * @param placement  places mentioned and the desks they route to
 */
public record Article(FeedItem item, Cleaned cleaned, Dedupe dedupe, Extraction extraction, Placement placement) {

    public Article {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(cleaned, "cleaned");
        dedupe = dedupe == null ? Dedupe.FIRST : dedupe;
        extraction = extraction == null ? Extraction.NONE : extraction;
        placement = placement == null ? Placement.NONE : placement;
    }

    /** A version-1 article from a cleaned item, with nothing enriched yet. */
    public static Article cleaned(FeedItem item, List<String> paragraphs, String headline,
                                  String credit, List<Removal> removals) {
        return new Article(item, new Cleaned(headline, paragraphs, credit, removals), null, null, null);
    }

    public String id() {
        return item.id();
    }

    public String agency() {
        return item.agency();
    }

    public String dateline() {
        return item.dateline();
    }

    /** The cleaned headline. */
    public String headline() {
        return cleaned.headline();
    }

    /** The cleaned body paragraphs. */
    public List<String> paragraphs() {
        return cleaned.paragraphs();
    }

    /** The cleaned body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", cleaned.paragraphs());
    }

    /** The trailing credit line's sources ({@code "ANI/Sputnik"}), or {@code null}. */
    public String credit() {
        return cleaned.credit();
    }

    /** What the clean rules removed, by rule. */
    public List<Removal> removals() {
        return cleaned.removals();
    }

    /** The event time: last update, else first publication, else {@code null}. */
    public Instant eventTime() {
        return item.eventTime();
    }

    public int version() {
        return dedupe.version();
    }

    public String contentHash() {
        return dedupe.contentHash();
    }

    /** The dedupe decision, or {@code null} before dedupe. */
    public Verdict verdict() {
        return dedupe.verdict();
    }

    public List<Tag> tags() {
        return extraction.tags();
    }

    public List<Entity> entities() {
        return extraction.entities();
    }

    public List<Place> places() {
        return placement.places();
    }

    /** The desks, or {@code null} before classification. */
    public RegionAssignment regions() {
        return placement.regions();
    }

    public Article withContentHash(String hash) {
        return new Article(item, cleaned, new Dedupe(hash, dedupe.version(), dedupe.verdict()), extraction, placement);
    }

    public Article withVerdict(Verdict verdict, int version) {
        return new Article(item, cleaned, new Dedupe(dedupe.contentHash(), version, verdict), extraction, placement);
    }

    public Article withTags(List<Tag> tags) {
        return new Article(item, cleaned, dedupe, new Extraction(tags, extraction.entities()), placement);
    }

    public Article withEntities(List<Entity> entities) {
        return new Article(item, cleaned, dedupe, new Extraction(extraction.tags(), entities), placement);
    }

    public Article withPlaces(List<Place> places, RegionAssignment regions) {
        return new Article(item, cleaned, dedupe, extraction, new Placement(places, regions));
    }

    /**
     * What the clean stage made of an item.
     *
     * @param headline   cleaned headline
     * @param paragraphs cleaned body paragraphs
     * @param credit     the trailing credit line's sources ({@code "ANI/Sputnik"}), or {@code null}
     * @param removals   what the clean rules removed, by rule
     */
    public record Cleaned(String headline, List<String> paragraphs, String credit, List<Removal> removals) {
        public Cleaned {
            headline = headline == null ? "" : headline;
            paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
            removals = List.copyOf(removals == null ? List.of() : removals);
        }
    }

    /**
     * What the dedupe stage knows of an article.
     *
     * @param contentHash fingerprint of the cleaned content, or {@code null} before fingerprinting
     * @param version     1 for a new article, +1 for each update of the same id
     * @param verdict     the dedupe decision, or {@code null} before dedupe
     */
    public record Dedupe(String contentHash, int version, Verdict verdict) {
        static final Dedupe FIRST = new Dedupe(null, 1, null);

        public Dedupe {
            if (version < 1) {
                throw new IllegalArgumentException("version must be >= 1, was " + version);
            }
        }
    }

    /**
     * What the extract stage found.
     *
     * @param tags     canonical tags
     * @param entities named entities
     */
    public record Extraction(List<Tag> tags, List<Entity> entities) {
        static final Extraction NONE = new Extraction(List.of(), List.of());

        public Extraction {
            tags = List.copyOf(tags == null ? List.of() : tags);
            entities = List.copyOf(entities == null ? List.of() : entities);
        }
    }

    /**
     * Where the classify stage put an article.
     *
     * @param places  places mentioned, resolved through the gazetteer
     * @param regions desks, or {@code null} before classification
     */
    public record Placement(List<Place> places, RegionAssignment regions) {
        static final Placement NONE = new Placement(List.of(), null);

        public Placement {
            places = List.copyOf(places == null ? List.of() : places);
        }
    }
}
