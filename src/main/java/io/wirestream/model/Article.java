package io.wirestream.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cleaned article as it moves through dedupe, extraction and classification.
 *
 * <p>The clean stage creates it; later stages fill their own fields through the
 * {@code with...} methods, so each stage's contribution is visible in the type.
 *
 * @param id          article id: the agency item id
 * @param version     1 for a new article, +1 for each update of the same id
 * @param agency      the agency, or {@code null}
 * @param headline    cleaned headline
 * @param byline      the byline as published, or {@code null}
 * @param dateline    the dateline place, or {@code null}
 * @param paragraphs  cleaned body paragraphs
 * @param url         url, or {@code null}
 * @param published   first publication time, or {@code null}
 * @param updated     last update time, or {@code null}
 * @param zone        the time zone the source wrote its times in, or {@code null}
 * @param credit      the trailing credit line's sources ({@code "ANI/Sputnik"}), or {@code null}
 * @param rawTags     tags as given by the source
 * @param extras      unmodelled JSON envelope fields, kept
 * @param removals    what the clean stage removed, by rule
 * @param contentHash fingerprint of the cleaned content, set by the dedupe stage
 * @param verdict     the dedupe decision, or {@code null} before dedupe
 * @param tags        canonical tags, set by the extract stage
 * @param entities    named entities, set by the extract stage
 * @param places      places mentioned, set by the classify stage
 * @param regions     desks, set by the classify stage, or {@code null} before it
 */
public record Article(
        String id,
        int version,
        String agency,
        String headline,
        String byline,
        String dateline,
        List<String> paragraphs,
        String url,
        Instant published,
        Instant updated,
        String zone,
        String credit,
        List<String> rawTags,
        Map<String, Object> extras,
        List<Removal> removals,
        String contentHash,
        Verdict verdict,
        List<Tag> tags,
        List<Entity> entities,
        List<Place> places,
        RegionAssignment regions) {

    public Article {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, was " + version);
        }
        headline = headline == null ? "" : headline;
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        rawTags = List.copyOf(rawTags == null ? List.of() : rawTags);
        // JSON nulls are kept, so no Map.copyOf here.
        extras = extras == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
        removals = List.copyOf(removals == null ? List.of() : removals);
        tags = List.copyOf(tags == null ? List.of() : tags);
        entities = List.copyOf(entities == null ? List.of() : entities);
        places = List.copyOf(places == null ? List.of() : places);
    }

    /** A version-1 article from a cleaned item, with nothing enriched yet. */
    public static Article cleaned(FeedItem item, List<String> paragraphs, String headline,
                                  String credit, List<Removal> removals) {
        return new Article(item.id(), 1, item.agency(), headline, item.byline(), item.dateline(),
                paragraphs, item.url(), item.published(), item.updated(), item.zone(), credit,
                item.rawTags(), item.extras(), removals, null, null, null, null, null, null);
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** The event time: last update, else first publication, else {@code null}. */
    public Instant eventTime() {
        return updated != null ? updated : published;
    }

    public Article withContentHash(String hash) {
        return new Article(id, version, agency, headline, byline, dateline, paragraphs, url,
                published, updated, zone, credit, rawTags, extras, removals, hash, verdict, tags,
                entities, places, regions);
    }

    public Article withVerdict(Verdict v, int newVersion) {
        return new Article(id, newVersion, agency, headline, byline, dateline, paragraphs, url,
                published, updated, zone, credit, rawTags, extras, removals, contentHash, v, tags,
                entities, places, regions);
    }

    public Article withTags(List<Tag> t) {
        return new Article(id, version, agency, headline, byline, dateline, paragraphs, url,
                published, updated, zone, credit, rawTags, extras, removals, contentHash, verdict,
                t, entities, places, regions);
    }

    public Article withEntities(List<Entity> e) {
        return new Article(id, version, agency, headline, byline, dateline, paragraphs, url,
                published, updated, zone, credit, rawTags, extras, removals, contentHash, verdict,
                tags, e, places, regions);
    }

    public Article withPlaces(List<Place> p, RegionAssignment r) {
        return new Article(id, version, agency, headline, byline, dateline, paragraphs, url,
                published, updated, zone, credit, rawTags, extras, removals, contentHash, verdict,
                tags, entities, p, r);
    }
}
