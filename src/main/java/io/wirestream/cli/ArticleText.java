package io.wirestream.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.wirestream.model.Article;
import io.wirestream.model.Entity;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.Tag;
import io.wirestream.topology.DeadLetterHandler;
import io.wirestream.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Readable renderings of output records for {@code tail} and {@code demo}: one line per article plus its details. */
final class ArticleText {
    private ArticleText() {
    }

    /** A dead letter by its stage and reason, an article by {@link #describe(Article)}, anything else as text. */
    static String describe(ConsumerRecord<String, byte[]> r) {
        Header reason = r.headers().lastHeader(DeadLetterHandler.REASON_HEADER);
        String value = r.value() == null ? "" : new String(r.value(), StandardCharsets.UTF_8);
        if (reason != null) {
            Header stage = r.headers().lastHeader(DeadLetterHandler.STAGE_HEADER);
            return "DEAD LETTER key=" + r.key() + " stage=" + text(stage) + " reason=" + text(reason)
                    + "\n    " + abbreviate(value.replaceAll("\\s+", " "), 100);
        }
        try {
            return describe(Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value()));
        } catch (RuntimeException e) {
            return r.key() + "\t" + abbreviate(value, 100);
        }
    }

    static String describe(Article a) {
        StringBuilder s = new StringBuilder();
        if (a.verdict() != null && a.verdict().isDuplicate()) {
            s.append("DUPLICATE (").append(a.verdict().kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" of ").append(a.verdict().originalId()).append(") ");
        }
        s.append('[').append(a.regions() == null ? "-" : String.join(",", names(a.regions().desks(), Region::slug)))
                .append("] ").append(a.eventTime() == null ? "" : a.eventTime().toString())
                .append("  v").append(a.version())
                .append("  ").append(a.agency() == null ? "?" : a.agency()).append("  ")
                .append(a.headline());
        List<String> details = new ArrayList<>();
        detail(details, "tags", names(a.tags(), Tag::name));
        detail(details, "people", entities(a, Entity.Type.PERSON));
        detail(details, "organisations", entities(a, Entity.Type.ORGANISATION));
        detail(details, "places", names(a.places(), Place::name));
        if (!details.isEmpty()) {
            s.append("\n    ").append(String.join("\n    ", details));
        }
        return s.toString();
    }

    private static List<String> entities(Article a, Entity.Type type) {
        return a.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    private static <T> List<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).toList();
    }

    private static void detail(List<String> details, String label, List<String> names) {
        if (!names.isEmpty()) {
            details.add(label + ": " + String.join(", ", names));
        }
    }

    private static String text(Header h) {
        return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
