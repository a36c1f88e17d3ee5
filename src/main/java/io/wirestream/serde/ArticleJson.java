package io.wirestream.serde;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.language.LanguageDetector;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import io.wirestream.model.Removal;
import io.wirestream.model.Tag;
import io.wirestream.model.Verdict;

/**
 * Writes an {@link Article} as the public output JSON: an IPTC ninjs 2.2 news object plus a
 * {@code wirestream} extension block for what ninjs lacks. The shape is pinned by
 * {@code schema/article.schema.json}, which is {@code allOf} ninjs's {@code ninjsType} and the extension.
 */
public final class ArticleJson {

    /**
     * Travels in the {@code schema} header of every record. 2: the source url moved from {@code links}
     * (no ninjs property) to {@code renditions}, and {@code standard} was added.
     */
    public static final int SCHEMA_VERSION = 2;

    /** The {@code $id} of the project schema, which every article names in ninjs's {@code standard}. */
    public static final String SCHEMA_ID = "https://wirestream.io/schema/article/" + SCHEMA_VERSION;

    /** The classpath resource of the project schema ({@code wirestream schema} prints it). */
    public static final String SCHEMA_RESOURCE = "/schema/article.schema.json";

    /** The classpath resource of IPTC's ninjs 2.2 schema, vendored unchanged. */
    public static final String NINJS_SCHEMA_RESOURCE = "/schema/ninjs-schema_2.2.json";
    /**
     * Mentions listed per entity in {@code wirestream.entities}; beyond it the entity says
     * {@code mentionsTruncated} and {@code count} still counts them all. With the item size limit
     * at parse this keeps every accepted item's record under the topic's message limit.
     */
    public static final int MAX_MENTIONS_PER_ENTITY = 20;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    /** The article as a ninjs JSON object. */
    public static ObjectNode toJson(Article a) {
        ObjectNode n = F.objectNode();
        n.put("uri", "urn:wirestream:article:" + uriPart(a.id()));
        n.putObject("standard").put("name", "ninjs").put("version", "2.2").put("schema", SCHEMA_ID);
        n.put("type", "text");
        n.put("version", String.valueOf(a.version()));
        putTime(n, "firstcreated", a.item().published() != null ? a.item().published() : a.item().updated());
        putTime(n, "versioncreated", a.eventTime());
        n.put("language", a.item().language() != null ? a.item().language() : LanguageDetector.ENGLISH);
        n.putArray("headlines").addObject().put("role", "main").put("contenttype", "text/plain")
                .put("value", a.headline());
        n.putArray("bodies").addObject().put("role", "main").put("contenttype", "text/plain")
                .put("value", a.body());
        if (a.item().byline() != null) {
            n.put("by", a.item().byline());
        }
        if (a.dateline() != null) {
            n.put("located", a.dateline());
        }
        ArrayNode subjects = n.putArray("subjects");
        for (Tag t : a.tags()) {
            subjects.addObject().put("name", t.name()).put("rel", "tag");
        }
        n.set("people", entities(a, Entity.Type.PERSON));
        n.set("organisations", entities(a, Entity.Type.ORGANISATION));
        // Places as the text names them; the countries they resolve to are in wirestream.places.
        ArrayNode places = n.putArray("places");
        for (Entity e : a.entities()) {
            if (e.type() == Entity.Type.PLACE) {
                ObjectNode p = places.addObject().put("name", e.name()).put("rel", "mentioned");
                String uri = GeoNames.uri(a, e.name());
                if (uri != null) {
                    p.put("uri", uri);
                }
            }
        }
        ArrayNode altids = n.putArray("altids");
        altids.addObject().put("role", "agency-id").put("value", a.id());
        ArrayNode sources = n.putArray("infosources");
        if (a.item().agency() != null) {
            sources.addObject().put("name", a.item().agency()).put("role", "agency");
        }
        if (a.credit() != null) {
            for (String c : a.credit().split("/")) {
                if (!c.isBlank() && !c.trim().equals(a.item().agency())) {
                    sources.addObject().put("name", c.trim()).put("role", "credit");
                }
            }
        }
        if (a.item().url() != null) {
            // ninjs has no links; the page the item was taken from is a rendition of it.
            n.putArray("renditions").addObject().put("name", "source").put("href", a.item().url())
                    .put("contenttype", "text/html");
        }
        n.set("wirestream", extension(a));
        return n;
    }

    private static ObjectNode extension(Article a) {
        ObjectNode x = F.objectNode();
        x.put("schema", SCHEMA_VERSION);
        x.put("id", a.id());
        if (a.item().agency() != null) {
            x.put("agency", a.item().agency());
        }
        if (a.credit() != null) {
            x.put("credit", a.credit());
        }
        if (a.item().zone() != null) {
            x.put("zone", a.item().zone());
        }
        if (a.regions() != null) {
            ObjectNode r = x.putObject("region");
            r.put("primary", a.regions().primary().slug());
            ArrayNode desks = r.putArray("desks");
            a.regions().desks().forEach(d -> desks.add(d.slug()));
            ObjectNode scores = r.putObject("scores");
            for (Region region : Region.values()) {
                Double s = a.regions().scores().get(region);
                if (s != null) {
                    scores.put(region.slug(), Math.round(s * 1000) / 1000.0);
                }
            }
            ArrayNode evidence = r.putArray("evidence");
            for (RegionAssignment.Evidence e : a.regions().evidence()) {
                ObjectNode o = evidence.addObject().put("text", e.text()).put("field", e.field())
                        .put("place", e.place()).put("desk", e.desk().slug())
                        .put("weight", e.weight()).put("reason", e.reason());
                if (e.country() != null) {
                    o.put("country", e.country());
                }
            }
        }
        ArrayNode places = x.putArray("places");
        for (Place p : a.places()) {
            ObjectNode o = places.addObject().put("name", p.name()).put("region", p.region().slug())
                    .put("mentions", p.mentions());
            if (p.countryCode() != null) {
                o.put("country", p.countryCode());
            }
            if (p.admin1() != null) {
                o.put("admin1", p.admin1());
            }
            if (p.geonameId() > 0) {
                o.put("geonameId", p.geonameId());
            }
        }
        if (a.verdict() != null) {
            ObjectNode dedupe = x.putObject("dedupe")
                    .put("decision", a.verdict().kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("original", a.verdict().originalId())
                    .put("similarity", a.verdict().similarity())
                    .put("contentHash", a.contentHash());
            if (a.verdict().method() != null) {
                dedupe.put("method", a.verdict().method());
            }
            if (a.verdict().supersedes() > 0) {
                dedupe.put("supersedes", a.verdict().supersedes());
            }
            if (a.verdict().late()) {
                dedupe.put("late", true);
            }
        }
        ArrayNode removed = x.putArray("removed");
        for (Removal r : a.removals()) {
            removed.addObject().put("rule", r.rule()).put("text", r.text()).put("score", r.score());
        }
        ArrayNode ents = x.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode o = ents.addObject().put("name", e.name())
                    .put("type", e.type().name().toLowerCase(java.util.Locale.ROOT))
                    .put("count", e.count());
            ArrayNode aliases = o.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = o.putArray("mentions");
            // Bounded output: a name repeated through a huge body must not grow the record past the topic limit.
            for (Entity.Mention m : e.mentions().subList(0, Math.min(e.count(), MAX_MENTIONS_PER_ENTITY))) {
                mentions.addObject().put("field", m.field().label()).put("start", m.start()).put("end", m.end())
                        .put("text", m.text());
            }
            if (e.count() > MAX_MENTIONS_PER_ENTITY) {
                o.put("mentionsTruncated", true);
            }
        }
        if (!LanguageDetector.hasEntityModel(a.item().language())) {
            x.putObject("skipped").put("entities", "no named-entity model for language '" + a.item().language()
                    + "' (the extract stage has English models only)");
        }
        if (!a.item().rawTags().isEmpty()) {
            ArrayNode raw = x.putArray("rawTags");
            a.item().rawTags().forEach(raw::add);
        }
        if (!a.item().extras().isEmpty()) {
            x.set("extras", Json.MAPPER.valueToTree(a.item().extras()));
        }
        return x;
    }

    /**
     * Reads an article back from its output JSON: everything the output carries, with the
     * cleaned headline and body as the item's own (the raw ones are not published).
     *
     * @throws IllegalArgumentException naming the field when the JSON is not an article
     */
    public static Article read(JsonNode n) {
        JsonNode x = n.path("wirestream");
        String id = required(x, "id");
        String headline = n.path("headlines").path(0).path("value").asText("");
        String body = n.path("bodies").path(0).path("value").asText("");
        List<String> paragraphs = body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
        List<String> rawTags = new ArrayList<>();
        x.path("rawTags").forEach(t -> rawTags.add(t.asText()));
        Map<String, Object> extras = x.has("extras")
                ? Json.MAPPER.convertValue(x.get("extras"), new TypeReference<LinkedHashMap<String, Object>>() { })
                : Map.of();
        // Schema 1 records carried the url in links.
        String link = n.has("renditions") ? n.path("renditions").path(0).path("href").asText(null)
                : n.path("links").path(0).path("href").asText(null);
        FeedItem item = new FeedItem(id, text(x, "agency"), headline, text(n, "by"), text(n, "located"), paragraphs,
                link, time(n, "firstcreated"), time(n, "versioncreated"), text(x, "zone"), rawTags, extras,
                FeedItem.SourceFormat.JSON, text(n, "language"));
        List<Removal> removals = new ArrayList<>();
        x.path("removed").forEach(r -> removals.add(new Removal(r.path("rule").asText(), r.path("text").asText(),
                r.path("score").asDouble(1.0))));
        Article article = Article.cleaned(item, paragraphs, headline, text(x, "credit"), removals);

        JsonNode dedupe = x.path("dedupe");
        article = article.withContentHash(text(dedupe, "contentHash"));
        int version = Integer.parseInt(n.path("version").asText("1"));
        if (dedupe.isObject()) {
            Verdict.Kind kind = Verdict.Kind.valueOf(required(dedupe, "decision").toUpperCase(Locale.ROOT));
            article = article.withVerdict(new Verdict(kind, required(dedupe, "original"),
                    dedupe.path("similarity").asDouble(1.0), text(dedupe, "method"), dedupe.path("supersedes").asInt(0),
                    dedupe.path("late").asBoolean(false)), version);
        } else {
            article = article.withVerdict(null, version);
        }
        List<Tag> tags = new ArrayList<>();
        n.path("subjects").forEach(t -> tags.add(new Tag(t.path("name").asText())));
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : x.path("entities")) {
            List<Entity.Mention> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(new Entity.Mention(m.path("field").asText(),
                    m.path("start").asInt(), m.path("end").asInt(), m.path("text").asText())));
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(al -> aliases.add(al.asText()));
            entities.add(new Entity(e.path("name").asText(),
                    Entity.Type.valueOf(e.path("type").asText().toUpperCase(Locale.ROOT)), mentions, aliases));
        }
        article = article.withTags(tags).withEntities(entities);
        List<Place> places = new ArrayList<>();
        for (JsonNode p : x.path("places")) {
            places.add(new Place(p.path("name").asText(), text(p, "country"), Region.ofSlug(p.path("region").asText()),
                    p.path("mentions").asInt(), text(p, "admin1"), p.path("geonameId").asLong(0)));
        }
        JsonNode region = x.path("region");
        RegionAssignment regions = null;
        if (region.isObject()) {
            List<Region> desks = new ArrayList<>();
            region.path("desks").forEach(d -> desks.add(Region.ofSlug(d.asText())));
            Map<Region, Double> scores = new EnumMap<>(Region.class);
            region.path("scores").fields().forEachRemaining(s -> scores.put(Region.ofSlug(s.getKey()), s.getValue().asDouble()));
            List<RegionAssignment.Evidence> evidence = new ArrayList<>();
            for (JsonNode e : region.path("evidence")) {
                evidence.add(new RegionAssignment.Evidence(e.path("text").asText(), e.path("field").asText(),
                        e.path("place").asText(), text(e, "country"), Region.ofSlug(e.path("desk").asText()),
                        e.path("weight").asDouble(), e.path("reason").asText()));
            }
            regions = new RegionAssignment(Region.ofSlug(required(region, "primary")), desks, scores, evidence);
        }
        return article.withPlaces(places, regions);
    }

    private static String required(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("not an article: '" + field + "' missing or not a string");
        }
        return v.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Instant time(JsonNode node, String field) {
        String t = text(node, field);
        return t == null ? null : Instant.parse(t);
    }

    private static ArrayNode entities(Article a, Entity.Type type) {
        ArrayNode arr = F.arrayNode();
        for (Entity e : a.entities()) {
            if (e.type() == type) {
                arr.addObject().put("name", e.name()).put("rel", "mentioned");
            }
        }
        return arr;
    }

    /** The id as it may stand in a URI: anything but unreserved characters percent-encoded. */
    static String uriPart(String id) {
        StringBuilder b = new StringBuilder();
        for (byte c : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c & 0xff));
            }
        }
        return b.toString();
    }

    private static void putTime(ObjectNode n, String field, Instant t) {
        if (t != null) {
            n.put(field, t.toString());
        }
    }

}
