package io.wirestream.ingest;

import io.wirestream.text.Agencies;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.model.FeedItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON envelope ({@code id, agency, headline, body, url, published, updated, tags,
 * byline, dateline}); unknown fields are kept as plain Java values in {@code extras}.
 */
final class JsonItemParser {

    private static final Set<String> KNOWN = Set.of("id", "agency", "headline", "body", "url", "published", "language",
            "updated", "tags", "byline", "dateline");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*(?:\\r?\\n)+|\\r\\n[ \\t]*\\r\\n");
    private static final int MAX_DEPTH = 200;

    private final ObjectMapper mapper;
    private final Agencies agencies;

    JsonItemParser(Agencies agencies) {
        this.agencies = agencies;
        this.mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
    }

    FeedItem parse(String key, String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new FeedParseException("invalid JSON" + where + ": " + firstLine(e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new FeedParseException("empty input");
        }
        if (root.isArray()) {
            throw new FeedParseException("a JSON array of " + root.size() + " element(s) is not one item: publish "
                    + "each envelope as its own record ('wirestream publish' splits .json arrays)");
        }
        if (!root.isObject()) {
            throw new FeedParseException("JSON envelope must be an object, was " + root.getNodeType());
        }
        String headline = text(root, "headline");
        List<String> paragraphs = body(root.get("body"));
        if ((headline == null || headline.isBlank()) && paragraphs.isEmpty()) {
            throw new FeedParseException("JSON envelope has no 'headline' and no 'body'");
        }
        WireTime published = time(root, "published");
        WireTime updated = time(root, "updated");
        String givenByline = text(root, "byline");
        String byline = Byline.credit(givenByline, agencies);
        String dateline = text(root, "dateline");
        Dateline lead = paragraphs.isEmpty() ? null : Dateline.read(paragraphs.get(0), agencies).orElse(null);
        if (dateline == null && lead != null) {
            dateline = lead.place();
        }
        String agency = text(root, "agency");
        if (agency == null && givenByline != null) {
            agency = Byline.read(givenByline, agencies).map(Byline::source).orElse(agencies.find(givenByline));
        }
        if (agency == null && lead != null) {
            agency = lead.agency();
        }
        String id = text(root, "id");
        if (id == null || id.isBlank()) {
            id = key != null && !key.isBlank() ? key : ItemIds.derive(headline, paragraphs);
        }
        String zone = updated != null && updated.zone() != null ? updated.zone()
                : published != null ? published.zone() : null;
        return new FeedItem(id, agency, headline == null ? "" : headline, byline, dateline, paragraphs,
                text(root, "url"), published == null ? null : published.instant(),
                updated == null ? null : updated.instant(), zone, tags(root.get("tags")), extras(root),
                FeedItem.SourceFormat.JSON, language(root));
    }

    /** The envelope's own language tag, lower-cased ({@code "fr"}, {@code "pt-br"}), or {@code null}. */
    private static String language(JsonNode root) {
        String language = text(root, "language");
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().strip();
        }
        if (node.isNumber() && field.equals("id")) {
            return node.asText();
        }
        throw new FeedParseException("field '" + field + "' must be a string, was " + node.getNodeType());
    }

    private static List<String> body(JsonNode node) {
        List<String> paragraphs = new ArrayList<>();
        if (node == null || node.isNull()) {
            return paragraphs;
        }
        if (node.isTextual()) {
            for (String p : BLANK_LINE.split(node.textValue())) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
            return paragraphs;
        }
        if (node.isArray()) {
            for (JsonNode p : node) {
                if (!p.isTextual() && !p.isNull()) {
                    throw new FeedParseException("field 'body' must hold only strings, found " + p.getNodeType());
                }
                if (p.isTextual() && !p.textValue().isBlank()) {
                    paragraphs.add(p.textValue().strip());
                }
            }
            return paragraphs;
        }
        throw new FeedParseException("field 'body' must be a string or an array of strings, was "
                + node.getNodeType());
    }

    private static List<String> tags(JsonNode node) {
        List<String> tags = new ArrayList<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (node.isTextual()) {
            return TextItemParser.splitTags(node.textValue());
        }
        if (node.isArray()) {
            for (JsonNode tag : node) {
                if (!tag.isTextual()) {
                    throw new FeedParseException("field 'tags' must hold only strings, found " + tag.getNodeType());
                }
                if (!tag.textValue().isBlank()) {
                    tags.add(tag.textValue().strip());
                }
            }
            return tags;
        }
        throw new FeedParseException("field 'tags' must be a string or an array of strings, was "
                + node.getNodeType());
    }

    private static WireTime time(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new WireTime(java.time.Instant.ofEpochMilli(node.longValue()), null);
        }
        if (node.isTextual()) {
            return WireTimes.parse(node.textValue()).orElseThrow(() -> new FeedParseException(
                    "field '" + field + "' is not a time: '" + abbreviate(node.textValue()) + "'"));
        }
        throw new FeedParseException("field '" + field + "' must be a time string or epoch millis, was "
                + node.getNodeType());
    }

    private static Map<String, Object> extras(JsonNode root) {
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!KNOWN.contains(field.getKey())) {
                extras.put(field.getKey(), plain(field.getValue()));
            }
        }
        return extras;
    }

    /** A JSON value as an unmodifiable plain Java value: Map, List, String, Number, Boolean or null. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(plain(e)));
            return Collections.unmodifiableList(list);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return abbreviate(nl < 0 ? message : message.substring(0, nl));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
