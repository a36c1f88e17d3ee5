package io.wirestream.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.model.Region;
import io.wirestream.serde.Json;
import io.wirestream.topology.DeadLetterHandler;
import io.wirestream.topology.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream tail}: print enriched articles, duplicates or dead letters as they arrive. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = {"Print enriched articles from one region or all, readable or as JSON lines.",
                "Reads without a consumer group, so it never moves any application's offsets."})
final class TailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--region", paramLabel = "REGION",
            description = "One desk: africa, americas, asia, south-asia, middle-east, europe, oceania, unknown "
                    + "(default: all, from news.enriched).")
    String region;

    @Option(names = "--topic", description = "Any Wirestream topic instead, e.g. news.duplicates or news.dlq.")
    String topic;

    @Option(names = "--json", description = "Print each record's JSON value on one line.")
    boolean json;

    @Option(names = "--from-beginning", description = "Start from the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--max-messages", defaultValue = "" + Long.MAX_VALUE, description = "Stop after this many records.")
    long maxMessages;

    @Option(names = "--idle-timeout", converter = DurationConverter.class,
            description = "Stop when nothing arrived for this long, e.g. 10s (default: wait forever).")
    Duration idleTimeout;

    @Override
    public Integer call() {
        String source = topicName();
        PrintWriter out = spec.commandLine().getOut();
        String bootstrap = kafka.bootstrapOr(KafkaOptions.LOCAL_BROKER);
        try (TopicReader reader = new TopicReader(kafka.clientProperties(bootstrap), List.of(source), fromBeginning)) {
            reader.read(r -> {
                out.println(json ? new String(r.value(), StandardCharsets.UTF_8) : ArticleText.describe(r));
                out.flush();
            }, maxMessages, idleTimeout, n -> true);
        }
        return ExitCodes.OK;
    }

    private String topicName() {
        if (topic != null && region != null) {
            throw new UsageException("--topic and --region are alternatives: give one");
        }
        if (topic != null) {
            return topic;
        }
        if (region == null) {
            return Topics.ENRICHED;
        }
        try {
            return Topics.region(Region.ofSlug(region));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--region: " + e.getMessage());
        }
    }

    /** Readable one- or two-line renderings of output records. */
    static final class ArticleText {
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
            List<String> details = new java.util.ArrayList<>();
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
            List<String> out = new java.util.ArrayList<>();
            arr.forEach(n -> out.add(n.path("name").asText()));
            return out;
        }

        private static List<String> texts(JsonNode arr) {
            List<String> out = new java.util.ArrayList<>();
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
}
