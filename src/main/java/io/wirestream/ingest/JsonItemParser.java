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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON envelope ({@code id, agency, headline, body, url, published, updated, tags,
 * byline, dateline}); unknown fields are kept as plain Java values in {@code extras}.
 *
 * <p>Where a field of the envelope is missing, the names other feeds give it are read instead: IPTC ninjs 1.x
 * ({@code body_text}, {@code firstcreated}, {@code versioncreated}, {@code located}, {@code subject}) and 2.x
 * ({@code headlines} and {@code bodies} by role, {@code by}, {@code subjects}), which is also what Wirestream
 * writes, so its own output reads back; RSS items as JSON ({@code title}, {@code description}, {@code link},
 * {@code pubDate}, {@code guid}, {@code category}); schema.org's {@code articleBody}, {@code datePublished},
 * {@code dateModified}, {@code keywords}; NewsAPI, JSON Feed and WordPress names ({@code publishedAt},
 * {@code content_text}, {@code date_gmt}, {@code title.rendered}); an item inside an API's {@code data} or
 * {@code article} wrapper. Such a field is taken only when it has the expected shape; otherwise it stays in
 * {@code extras}, as the envelope's own fields are the ones a bad value is an error in.
 */
final class JsonItemParser {

    private static final Set<String> KNOWN = Set.of("id", "agency", "headline", "body", "url", "published", "language",
            "updated", "tags", "byline", "dateline");
    private static final List<String> ID_ALIASES = List.of("guid", "itemid", "uri");
    private static final List<String> HEADLINE_ALIASES = List.of("title", "headLine");
    private static final List<String> BODY_ALIASES = List.of("body_text", "articleBody", "content_text", "text",
            "content_html", "body_html", "bodyXhtml", "body_nitf", "bodyHtml", "content", "story", "description",
            "summary");
    /** Where a feed gives a zone-less local time and the same in UTC ({@code date}, {@code date_gmt}), UTC first. */
    private static final List<String> PUBLISHED_ALIASES = List.of("firstcreated", "firstCreated", "datePublished",
            "date_published", "publishedAt", "published_at", "pubDate", "pub_date", "dateTimePub", "date_gmt",
            "dateTime", "date");
    private static final List<String> UPDATED_ALIASES = List.of("versioncreated", "versionCreated", "dateModified",
            "date_modified", "updatedAt", "updated_at", "modified_gmt", "modified", "lastModified");
    private static final List<String> BYLINE_ALIASES = List.of("by", "byLine", "author", "authors", "creator",
            "bylines");
    /** A field that wraps the item in an API's answer: {@code {"data": {"item": {...}}}}, {@code {"article": {...}}}. */
    private static final List<String> WRAPPERS = List.of("data", "item", "article", "story", "post", "result", "news");
    /** The child that names or holds the text of an object-valued field: NewsAPI's source, WordPress's title. */
    private static final List<String> TEXT_CHILDREN = List.of("name", "rendered", "main", "value", "text", "by",
            "original");
    /** An HTML tag, not a "<" in text ("under <50 km/h"). */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:/?(?:p|div|br|span|a|ul|ol|li|h[1-6]|figure|figcaption|img|strong|em|b|i|u|blockquote|script|style"
                    + "|table|tr|td|section|article|header|footer|aside|iframe|body|html)\\b[^>]*>|!--)",
            Pattern.CASE_INSENSITIVE);
    /** NewsAPI and GNews cut the content and say how much is left: "... [+2841 chars]". */
    private static final Pattern TRUNCATION = Pattern.compile("\\[\\+?\\d{1,9} chars\\]");
    private static final Pattern HTML_BREAKS = Pattern.compile(
            "\\n[ \\t\\u00a0]*(?:\\r?\\n)+|\\r\\n[ \\t]*\\r\\n|(?i:<br\\s*/?>\\s*){2,}");
    /** Where an item's headline or body may stand, under its own name or another feed's. */
    private static final List<String> STORY_FIELDS = storyFields();
    /** English names of languages to their codes: "english" is "en". */
    private static final Map<String, String> LANGUAGE_NAMES = languageNames();
    private static final List<String> DATELINE_ALIASES = List.of("located");
    private static final List<String> URL_ALIASES = List.of("link");
    private static final List<String> TAG_ALIASES = List.of("keywords", "subjects", "subject", "categories", "category");
    private static final List<String> AGENCY_ALIASES = List.of("source", "provider");
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
        root = unwrapped(root);
        Set<String> read = new HashSet<>();
        String headline = text(root, "headline");
        if (headline == null) {
            headline = orElse(ninjsByRole(root, "headlines", read), textAlias(root, HEADLINE_ALIASES, read));
        }
        JsonNode ownBody = root.get("body");
        List<String> paragraphs = ownBody != null && ownBody.isTextual() && HTML_TAG.matcher(ownBody.textValue()).find()
                ? htmlParagraphs(ownBody.textValue()) : body(ownBody);
        if (paragraphs.isEmpty() && root.get("body") == null) {
            String alias = orElse(ninjsByRole(root, "bodies", read), textAlias(root, BODY_ALIASES, read));
            paragraphs = alias == null ? paragraphs : HTML_TAG.matcher(alias).find() ? htmlParagraphs(alias)
                    : body(mapper.getNodeFactory().textNode(untruncated(alias)));
        }
        if ((headline == null || headline.isBlank()) && paragraphs.isEmpty()) {
            throw new FeedParseException("JSON envelope has no 'headline' and no 'body'");
        }
        WireTime published = orElse(time(root, "published"), timeAlias(root, PUBLISHED_ALIASES, read));
        WireTime updated = orElse(time(root, "updated"), timeAlias(root, UPDATED_ALIASES, read));
        String givenByline = orElse(text(root, "byline"), textAlias(root, BYLINE_ALIASES, read));
        String byline = Byline.credit(givenByline, agencies);
        String dateline = text(root, "dateline");
        if (dateline == null) {
            // ninjs 'located' may hold the whole wire dateline: "ATHENS, Greece (AP)" is Athens.
            String located = textAlias(root, DATELINE_ALIASES, read);
            dateline = located == null ? null
                    : Dateline.read(located + " - ", agencies).map(Dateline::place).orElse(located);
        }
        Dateline lead = paragraphs.isEmpty() ? null : Dateline.read(paragraphs.get(0), agencies).orElse(null);
        if (dateline == null && lead != null) {
            dateline = lead.place();
        }
        String agency = text(root, "agency");
        if (agency == null) {
            String source = textAlias(root, AGENCY_ALIASES, read);
            agency = source == null ? null : orElse(agencies.canonical(source), source);
        }
        if (agency == null && givenByline != null) {
            agency = Byline.read(givenByline, agencies).map(Byline::source).orElse(agencies.find(givenByline));
        }
        if (agency == null && lead != null) {
            agency = lead.agency();
        }
        String id = orElse(text(root, "id"), textAlias(root, ID_ALIASES, read));
        if (id == null || id.isBlank()) {
            id = key != null && !key.isBlank() ? key : ItemIds.derive(headline, paragraphs);
        }
        String zone = updated != null && updated.zone() != null ? updated.zone()
                : published != null ? published.zone() : null;
        List<String> tags = root.get("tags") != null ? tags(root.get("tags")) : tagAlias(root, read);
        return new FeedItem(id, agency, headline == null ? "" : headline, byline, dateline, paragraphs,
                orElse(text(root, "url"), textAlias(root, URL_ALIASES, read)), published == null ? null : published.instant(),
                updated == null ? null : updated.instant(), zone, tags, extras(root, read),
                FeedItem.SourceFormat.JSON, language(root));
    }

    private static <T> T orElse(T value, T otherwise) {
        return value != null ? value : otherwise;
    }

    /**
     * The first of {@code names} holding text, marked {@code read}; {@code null} if none does. Text is a non-blank
     * string, an object's name or rendered text ({@code "source": {"name": "Reuters"}}, {@code "title": {"rendered":
     * ...}}), or the first such element of an array ({@code "authors": [{"name": ...}]}, {@code "creator": ["PTI"]}).
     */
    private static String textAlias(JsonNode root, List<String> names, Set<String> read) {
        for (String name : names) {
            String text = aliasText(root.get(name), 0);
            if (text != null) {
                read.add(name);
                return text;
            }
        }
        return null;
    }

    private static String aliasText(JsonNode node, int depth) {
        if (node == null || depth > 2) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue().isBlank() ? null : node.textValue().strip();
        }
        if (node.isObject()) {
            for (String child : TEXT_CHILDREN) {
                JsonNode value = node.get(child);
                if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                    return value.textValue().strip();
                }
            }
        }
        if (node.isArray() && !node.isEmpty()) {
            return aliasText(node.get(0), depth + 1);
        }
        return null;
    }

    /**
     * The item inside an API's wrapper ({@code {"data": {"item": {...}}}}), where the object itself has no headline
     * and no body under any name read here.
     */
    private static JsonNode unwrapped(JsonNode root) {
        JsonNode item = root;
        for (int depth = 0; depth < 3 && !hasStory(item); depth++) {
            JsonNode inner = null;
            for (String wrapper : WRAPPERS) {
                JsonNode candidate = item.get(wrapper);
                if (candidate != null && candidate.isObject()) {
                    inner = candidate;
                    break;
                }
            }
            if (inner == null) {
                return root;
            }
            item = inner;
        }
        return hasStory(item) ? item : root;
    }

    private static boolean hasStory(JsonNode node) {
        for (String name : STORY_FIELDS) {
            JsonNode value = node.get(name);
            // {"story": {...}} wraps the item; {"story": "text"} is its body.
            if (value != null && !(value.isObject() && WRAPPERS.contains(name))) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code names} holding a readable time, marked {@code read}; {@code null} if none does. */
    private static WireTime timeAlias(JsonNode root, List<String> names, Set<String> read) {
        for (String name : names) {
            WireTime time = timeOf(root.get(name));
            if (time != null) {
                read.add(name);
                return time;
            }
        }
        return null;
    }

    /** ninjs 2.x {@code headlines} / {@code bodies}: the value of the "main" role, else of the first. */
    private static String ninjsByRole(JsonNode root, String field, Set<String> read) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            return null;
        }
        String first = null;
        for (JsonNode entry : list) {
            JsonNode value = entry.get("value");
            if (value == null || !value.isTextual() || value.textValue().isBlank()) {
                continue;
            }
            JsonNode role = entry.get("role");
            if (role != null && role.isTextual() && role.textValue().equals("main")) {
                read.add(field);
                return value.textValue().strip();
            }
            first = first == null ? value.textValue().strip() : first;
        }
        if (first != null) {
            read.add(field);
        }
        return first;
    }

    /** The text without a feed's "... [+2841 chars]" tail; looked for at the end only, so no scan of the text. */
    private static String untruncated(String text) {
        String t = text.strip();
        int open = t.endsWith(" chars]") ? t.lastIndexOf('[') : -1;
        if (open < 0 || !TRUNCATION.matcher(t).region(open, t.length()).matches()) {
            return text;
        }
        String kept = t.substring(0, open).stripTrailing();
        kept = kept.endsWith("…") ? kept.substring(0, kept.length() - 1)
                : kept.endsWith("...") ? kept.substring(0, kept.length() - 3) : kept;
        return kept.stripTrailing();
    }

    /**
     * A body given as HTML: its blocks ({@code <p>}, headings, list items, quotes); without blocks, its blank-line or
     * double-{@code <br>} paragraphs as text ("<b>Monday</b>" inline does not make one paragraph of the story).
     */
    private static List<String> htmlParagraphs(String body) {
        Document html = Jsoup.parseBodyFragment(body);
        List<String> blocks = HtmlItemParser.blocks(html.body(), "p, h1, h2, h3, h4, li, blockquote", null);
        if (!blocks.isEmpty()) {
            return blocks;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String part : HTML_BREAKS.split(body)) {
            String text = Jsoup.parseBodyFragment(part).text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    /**
     * Tags under another feed's name: strings, a comma-separated string, or objects with a {@code name} (ninjs
     * {@code subject}/{@code subjects}); the first such field that gives any.
     */
    private static List<String> tagAlias(JsonNode root, Set<String> read) {
        for (String name : TAG_ALIASES) {
            JsonNode node = root.get(name);
            List<String> tags = new ArrayList<>();
            if (node != null && node.isTextual()) {
                tags.addAll(TextItemParser.splitTags(node.textValue()));
            } else if (node != null && node.isArray()) {
                for (JsonNode tag : node) {
                    JsonNode value = tag.isObject() ? tag.get("name") : tag;
                    if (value != null && value.isTextual() && !value.textValue().isBlank()) {
                        tags.add(value.textValue().strip());
                    }
                }
            }
            if (!tags.isEmpty()) {
                read.add(name);
                return tags;
            }
        }
        return new ArrayList<>();
    }

    /**
     * The envelope's own language tag, lower-cased ({@code "fr"}, {@code "pt-br"}), or {@code null}; a language's
     * English name, as some aggregators give it ({@code "English"}), becomes its code.
     */
    private static String language(JsonNode root) {
        String language = text(root, "language");
        if (language == null || language.isBlank()) {
            return null;
        }
        String tag = language.strip().toLowerCase(java.util.Locale.ROOT);
        return LANGUAGE_NAMES.getOrDefault(tag, tag);
    }

    private static List<String> storyFields() {
        List<String> fields = new ArrayList<>(List.of("headline", "body", "headlines", "bodies"));
        fields.addAll(HEADLINE_ALIASES);
        fields.addAll(BODY_ALIASES);
        return List.copyOf(fields);
    }

    private static Map<String, String> languageNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (String code : java.util.Locale.getISOLanguages()) {
            String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH);
            if (!name.isBlank() && !name.equalsIgnoreCase(code)) {
                names.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), code);
            }
        }
        return Map.copyOf(names);
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
                // Paragraph objects ({"type": "paragraph", "text": ...}) give their text; images and ads have none.
                JsonNode text = p.isObject() ? firstTextual(p, "text", "content", "value") : p;
                if (p.isObject() && text == null) {
                    continue;
                }
                if (text == null || !text.isTextual() && !text.isNull()) {
                    throw new FeedParseException("field 'body' must hold only strings or paragraph objects, found "
                            + p.getNodeType());
                }
                if (text.isTextual() && !text.textValue().isBlank()) {
                    paragraphs.add(text.textValue().strip());
                }
            }
            return paragraphs;
        }
        throw new FeedParseException("field 'body' must be a string or an array of strings, was "
                + node.getNodeType());
    }

    private static JsonNode firstTextual(JsonNode object, String... names) {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value != null && value.isTextual()) {
                return value;
            }
        }
        return null;
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
                if (tag.isNumber()) {
                    continue; // a CMS's tag ids (WordPress): they name nothing
                }
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
        WireTime time = timeOf(node);
        if (time != null) {
            return time;
        }
        if (node.isTextual()) {
            throw new FeedParseException("field '" + field + "' is not a time: '" + abbreviate(node.textValue()) + "'");
        }
        throw new FeedParseException("field '" + field + "' must be a time string or epoch millis, was "
                + node.getNodeType());
    }

    /** Epoch millis or a time string as a time; {@code null} for a missing node or one that holds no time. */
    private static WireTime timeOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return new WireTime(java.time.Instant.ofEpochMilli(node.longValue()), null);
        }
        return node.isTextual() ? WireTimes.parse(node.textValue()).orElse(null) : null;
    }

    private static Map<String, Object> extras(JsonNode root, Set<String> read) {
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!KNOWN.contains(field.getKey()) && !read.contains(field.getKey())) {
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
