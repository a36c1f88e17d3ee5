package io.wirestream.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.model.FeedItem;
import io.wirestream.text.Agencies;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Reads a news article out of an HTML page: headline, byline and dates from the page's metadata
 * ({@code og:}, {@code article:}, JSON-LD {@code NewsArticle}), the body from its paragraphs with
 * navigation, scripts and styles left out.
 */
final class HtmlItemParser {

    /** Page furniture that is never article text. */
    private static final String NOT_ARTICLE = "script, style, noscript, template, iframe, svg, canvas, form, "
            + "button, select, nav, header, footer, aside, menu, [role=navigation], [role=banner], "
            + "[role=contentinfo], [aria-hidden=true], .share, .social, .related, .comments, .advert, .ad";
    /** Where the article body lives, most specific first. */
    private static final List<String> BODY_CONTAINERS = List.of("[itemprop=articleBody]", "article", "main",
            "[role=main]");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "report");
    private static final Pattern HTML_START = Pattern.compile(
            "(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|section|p|h1)[\\s>/]",
            Pattern.DOTALL);
    /** Jsoup builds a tree; a page nested deeper than this is not a news article. */
    private static final int MAX_DEPTH = 512;

    private final Agencies agencies;
    private final ObjectMapper mapper = new ObjectMapper();

    HtmlItemParser(Agencies agencies) {
        this.agencies = agencies;
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100).build());
    }

    /** True when {@code text} starts like an HTML document or fragment. */
    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        String head = text.substring(i, Math.min(text.length(), i + 200)).toLowerCase(Locale.ROOT);
        return HTML_START.matcher(head).lookingAt();
    }

    FeedItem parse(String key, String html) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        Document page = Jsoup.parse(html, "", parser);
        JsonNode ld = newsArticle(page);

        String headline = first(meta(page, "og:title"), ld == null ? null : text(ld.get("headline")),
                textOf(page.selectFirst("article h1, main h1, h1")), page.title());
        // A page's .byline element often holds the whole line ("By X | Updated: ..."): keep who it names.
        String byline = Byline.credit(first(meta(page, "author"), meta(page, "article:author"),
                ld == null ? null : author(ld.get("author")),
                textOf(page.selectFirst("[rel=author], [itemprop=author], .byline, .author"))), agencies);
        WireTime published = time(first(meta(page, "article:published_time"),
                ld == null ? null : text(ld.get("datePublished")), attr(page.selectFirst("time[datetime]"), "datetime")));
        WireTime updated = time(first(meta(page, "article:modified_time"),
                ld == null ? null : text(ld.get("dateModified"))));
        String url = first(meta(page, "og:url"), attr(page.selectFirst("link[rel=canonical]"), "href"),
                ld == null ? null : text(ld.get("url")));

        page.select(NOT_ARTICLE).remove();
        List<String> paragraphs = paragraphs(page, headline);
        if (paragraphs.isEmpty() && ld != null && text(ld.get("articleBody")) != null) {
            paragraphs = Paragraphs.split(text(ld.get("articleBody")));
        }
        if ((headline == null || headline.isBlank()) && paragraphs.isEmpty()) {
            throw new FeedParseException("HTML page has no title and no article text");
        }
        if (paragraphs.isEmpty()) {
            throw new FeedParseException("HTML page has no article text (headline '" + abbreviate(headline) + "')");
        }

        // A byline printed above the story is metadata, not body: the page's own byline wins if it has one.
        for (int i = 0; i < Math.min(3, paragraphs.size() - 1); i++) {
            Byline printed = Byline.read(paragraphs.get(i), agencies).orElse(null);
            if (printed != null) {
                byline = byline == null ? printed.name() : byline;
                paragraphs = new ArrayList<>(paragraphs);
                paragraphs.remove(i);
                break;
            }
        }
        Dateline lead = Dateline.read(paragraphs.get(0), agencies).orElse(null);
        // A person's name is not an agency: only a named agency counts here, else the dateline's credit.
        String agency = byline == null ? null : Byline.read(byline.toLowerCase(Locale.ROOT).startsWith("by ")
                ? byline : "By " + byline, agencies).map(Byline::agency).orElse(agencies.find(byline));
        if (agency == null && lead != null) {
            agency = lead.agency();
        }
        String id = key != null && !key.isBlank() ? key : ItemIds.derive(headline == null ? "" : headline, paragraphs);
        String zone = updated != null && updated.zone() != null ? updated.zone()
                : published != null ? published.zone() : null;
        List<String> tags = new ArrayList<>();
        page.select("meta[property=article:tag]").forEach(m -> {
            if (!m.attr("content").isBlank()) {
                tags.add(m.attr("content").strip());
            }
        });
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("sourceFormat", "html");
        return new FeedItem(id, agency, headline == null ? "" : headline, byline,
                lead == null ? null : lead.place(), paragraphs, url,
                published == null ? null : published.instant(), updated == null ? null : updated.instant(),
                zone, tags, extras, FeedItem.SourceFormat.TEXT);
    }

    /** The article's paragraphs: {@code <p>} and sub-headings inside the most specific body container. */
    private static List<String> paragraphs(Document page, String headline) {
        Element container = null;
        for (String selector : BODY_CONTAINERS) {
            container = page.selectFirst(selector);
            if (container != null) {
                break;
            }
        }
        if (container == null) {
            container = page.body();
        }
        if (container == null) {
            return new ArrayList<>();
        }
        List<String> out = blocks(container, "p, h2, h3, h4, blockquote, li", headline);
        if (out.isEmpty()) {
            container.select("h1").remove();
            out.addAll(Paragraphs.split(container.wholeText()));
        }
        return out;
    }

    /**
     * The text of each block {@code selector} picks inside {@code container}, in document order, each read once:
     * a paragraph inside a quote or list item is read from the outer block. Blank blocks and ones reading
     * {@code skip} (the headline, or {@code null}) are left out.
     */
    static List<String> blocks(Element container, String selector, String skip) {
        List<String> out = new ArrayList<>();
        Set<Element> read = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : container.select(selector)) {
            read.add(block);
            if (block.parents().stream().anyMatch(read::contains)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(skip)) {
                out.add(text);
            }
        }
        return out;
    }

    /** The first JSON-LD object of a news article type, looking inside arrays and {@code @graph}. */
    private JsonNode newsArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = mapper.readTree(script.data());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // broken metadata: the page's own markup still holds the article
            }
            JsonNode found = findArticle(root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.textValue());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        if (types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static String author(JsonNode author) {
        if (author == null) {
            return null;
        }
        if (author.isArray()) {
            List<String> names = new ArrayList<>();
            author.forEach(a -> {
                String n = author(a);
                if (n != null) {
                    names.add(n);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return author.isObject() ? text(author.get("name")) : text(author);
    }

    private static String meta(Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return m == null ? null : m.attr("content");
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static WireTime time(String value) {
        return value == null ? null : WireTimes.parse(value).orElse(null);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
