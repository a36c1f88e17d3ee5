package io.wirestream.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One agency item as parsed from the input topic, before any cleaning.
 *
 * @param id         the agency's item id, or one derived from the content when the source has none
 * @param agency     the agency named by the envelope or the byline ({@code "ANI"}), or {@code null}
 * @param headline   the headline as published
 * @param byline     who the byline credits ({@code "ANI"} from {@code "Posted by ANI on ..."}), or {@code null}
 * @param dateline   the dateline place written before the story ({@code "TOKYO"}), or {@code null}
 * @param paragraphs the body, one entry per paragraph, in order
 * @param url        the canonical url, or {@code null}
 * @param published  when the agency first published the item, or {@code null}
 * @param updated    when the item was last updated, or {@code null}
 * @param zone       the time zone the source wrote its times in ({@code "IST"}), or {@code null}
 * @param rawTags    tags as given: one entry per tag, or a run-together tag line to be split later
 * @param extras     fields of a JSON envelope that Wirestream does not model, kept as given
 * @param format     which input form the item came in
 * @param language   the BCP 47 language the source gives ({@code "fr"}) or that was detected, or {@code null}
 */
public record FeedItem(
        String id,
        String agency,
        String headline,
        String byline,
        String dateline,
        List<String> paragraphs,
        String url,
        Instant published,
        Instant updated,
        String zone,
        List<String> rawTags,
        Map<String, Object> extras,
        SourceFormat format,
        String language) {

    public FeedItem {
        Objects.requireNonNull(id, "id");
        headline = headline == null ? "" : headline;
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        rawTags = List.copyOf(rawTags == null ? List.of() : rawTags);
        // JSON nulls are kept, so no Map.copyOf here.
        extras = extras == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extras));
        Objects.requireNonNull(format, "format");
    }

    /** An item whose language is not known yet. */
    public FeedItem(String id, String agency, String headline, String byline, String dateline, List<String> paragraphs,
                    String url, Instant published, Instant updated, String zone, List<String> rawTags,
                    Map<String, Object> extras, SourceFormat format) {
        this(id, agency, headline, byline, dateline, paragraphs, url, published, updated, zone, rawTags, extras,
                format, null);
    }

    /** The same item credited to {@code agency}. */
    public FeedItem withAgency(String agency) {
        return new FeedItem(id, agency, headline, byline, dateline, paragraphs, url, published, updated, zone, rawTags,
                extras, format, language);
    }

    /** The same item in {@code language}. */
    public FeedItem withLanguage(String language) {
        return new FeedItem(id, agency, headline, byline, dateline, paragraphs, url, published, updated, zone, rawTags,
                extras, format, language);
    }

    /** The event time of the item: last update, else first publication, else {@code null}. */
    public Instant eventTime() {
        return updated != null ? updated : published;
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** Which form an input item came in. */
    public enum SourceFormat { JSON, TEXT }
}
