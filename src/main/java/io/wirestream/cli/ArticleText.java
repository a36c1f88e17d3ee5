package io.wirestream.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.serde.Json;
import io.wirestream.topology.DeadLetterHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Readable renderings of output records for {@code tail} and {@code demo}: one line per article plus its details. */
final class ArticleText {
    private ArticleText() {
    }

    static String describe(ConsumerRecord<String, byte[]> r) {
        Header reason = r.headers().lastHeader(DeadLetterHandler.REASON_HEADER);
        String value = new String(r.value(), StandardCharsets.UTF_8);
        if (reason != null) {
            Header stage = r.headers().lastHeader(DeadLetterHandler.STAGE_HEADER);
            return "DEAD LETTER key=" + r.key() + " stage=" + text(stage) + " reason=" + text(reason)
                    + "\n    " + abbreviate(value.replaceAll("\\s+", " "), 100);
        }
        try {
            return describe(Json.MAPPER.readTree(value));
        } catch (Exception e) {
            return r.key() + "\t" + abbreviate(value, 100);
        }
    }

    static String describe(JsonNode a) {
        JsonNode x = a.path("wirestream");
        StringBuilder s = new StringBuilder();
        String decision = x.path("dedupe").path("decision").asText("");
        if (x.path("dedupe").path("decision").isTextual() && !decision.equals("new") && !decision.equals("update")) {
            s.append("DUPLICATE (").append(decision).append(" of ")
                    .append(x.path("dedupe").path("original").asText()).append(") ");
        }
        s.append('[').append(x.path("region").path("desks").isMissingNode() ? "-"
                        : String.join(",", texts(x.path("region").path("desks")))).append("] ")
                .append(a.path("versioncreated").asText("")).append("  v").append(a.path("version").asText())
                .append("  ").append(x.path("agency").asText("?")).append("  ")
                .append(a.path("headlines").path(0).path("value").asText());
        List<String> details = new ArrayList<>();
        detail(details, "tags", names(a.path("subjects")));
        detail(details, "people", names(a.path("people")));
        detail(details, "organisations", names(a.path("organisations")));
        detail(details, "countries", names(x.path("places")));
        if (!details.isEmpty()) {
            s.append("\n    ").append(String.join("\n    ", details));
        }
        return s.toString();
    }

    private static void detail(List<String> details, String label, List<String> names) {
        if (!names.isEmpty()) {
            details.add(label + ": " + String.join(", ", names));
        }
    }

    private static List<String> names(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.path("name").asText()));
        return out;
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String text(Header h) {
        return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
