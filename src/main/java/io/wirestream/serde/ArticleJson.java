package io.wirestream.serde;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.Removal;
import io.wirestream.model.Tag;

/**
 * Writes an {@link Article} as the public output JSON: IPTC ninjs 2.x field names plus a
 * {@code wirestream} extension block for what ninjs lacks. The shape is pinned by
 * {@code schema/article.schema.json}; changes to it are additive only.
 */
public final class ArticleJson {

    /** Bumped only for additive changes; travels in the {@code schema} header of every record. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    /** The article as a ninjs JSON object. */
    public static ObjectNode toJson(Article a) {
        ObjectNode n = F.objectNode();
        n.put("uri", "urn:wirestream:article:" + a.id());
        n.put("type", "text");
        n.put("version", String.valueOf(a.version()));
        putTime(n, "firstcreated", a.item().published() != null ? a.item().published() : a.item().updated());
        putTime(n, "versioncreated", a.eventTime());
        n.put("language", "en");
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
        n.set("places", entities(a, Entity.Type.PLACE));
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
            n.putArray("links").addObject().put("href", a.item().url()).put("rel", "canonical");
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
        }
        ArrayNode places = x.putArray("places");
        for (Place p : a.places()) {
            ObjectNode o = places.addObject().put("name", p.name()).put("region", p.region().slug())
                    .put("mentions", p.mentions());
            if (p.countryCode() != null) {
                o.put("country", p.countryCode());
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
            removed.addObject().put("rule", r.rule()).put("text", r.text());
        }
        ArrayNode ents = x.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode o = ents.addObject().put("name", e.name())
                    .put("type", e.type().name().toLowerCase(java.util.Locale.ROOT))
                    .put("count", e.count());
            ArrayNode aliases = o.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = o.putArray("mentions");
            for (Entity.Mention m : e.mentions()) {
                mentions.addObject().put("field", m.field()).put("start", m.start()).put("end", m.end())
                        .put("text", m.text());
            }
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

    private static ArrayNode entities(Article a, Entity.Type type) {
        ArrayNode arr = F.arrayNode();
        for (Entity e : a.entities()) {
            if (e.type() == type) {
                arr.addObject().put("name", e.name()).put("rel", "mentioned");
            }
        }
        return arr;
    }

    private static void putTime(ObjectNode n, String field, Instant t) {
        if (t != null) {
            n.put(field, t.toString());
        }
    }

}
