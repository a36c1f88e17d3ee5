package io.wirestream.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.wirestream.model.Article;
import io.wirestream.model.Region;
import io.wirestream.topology.DeadLetterHandler;
import io.wirestream.topology.OutputTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What a replay wrote, counted from its output topics: kept articles, duplicates by kind, dead
 * letters by stage and reason, copies per desk; and whether that accounts for every item read.
 */
final class ReplayTally {

    private static final int REASON_CHARS = 100;

    private final OutputTopics outputs;
    private long enriched;
    private long expectedDeskCopies;
    private long deadLetters;
    private long deskDeadLetters;
    private final Map<String, Long> duplicates = new TreeMap<>();
    private final Map<String, Long> deadLettersByReason = new TreeMap<>();
    private final Map<Region, Long> desks = new TreeMap<>();

    ReplayTally(OutputTopics outputs) {
        this.outputs = outputs;
    }

    void add(ConsumerRecord<String, byte[]> r) {
        if (r.topic().equals(outputs.dlq().name())) {
            String stage = header(r, DeadLetterHandler.STAGE_HEADER);
            String reason = header(r, DeadLetterHandler.REASON_HEADER);
            deadLetters++;
            // A sink that could not write an article dead-letters it once per topic it was bound for.
            if (isDeskSink(stage)) {
                deskDeadLetters++;
            }
            String shortReason = reason.length() > REASON_CHARS ? reason.substring(0, REASON_CHARS) + "..." : reason;
            deadLettersByReason.merge(stage + ": " + shortReason, 1L, Long::sum);
            return;
        }
        Article article = outputs.enriched().valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (r.topic().equals(outputs.enriched().name())) {
            enriched++;
            expectedDeskCopies += article.regions() == null ? 1 : article.regions().desks().size();
        } else if (r.topic().equals(outputs.duplicates().name())) {
            duplicates.merge(article.verdict().kind().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        } else {
            for (Region region : Region.values()) {
                if (outputs.region(region).name().equals(r.topic())) {
                    desks.merge(region, 1L, Long::sum);
                }
            }
        }
    }

    /**
     * Every record of news.raw comes out once on the enriched, duplicates or dead-letter topic, and every
     * kept article once on each of its desks (or as a dead letter of that desk's sink).
     */
    boolean accountsFor(long itemsRead) {
        long deskCopies = desks.values().stream().mapToLong(Long::longValue).sum();
        return enriched + duplicateCount() + deadLetters - deskDeadLetters >= itemsRead
                && deskCopies + deskDeadLetters >= expectedDeskCopies;
    }

    /** Records counted so far, on every topic. */
    long outputs() {
        return enriched + duplicateCount() + deadLetters + desks.values().stream().mapToLong(Long::longValue).sum();
    }

    String brief() {
        return enriched + " kept, " + duplicateCount() + " duplicate(s), " + deadLetters + " dead letter(s)";
    }

    void print(PrintWriter out, long itemsRead, String source, String applicationId, double seconds) {
        out.printf("replay: %d item(s) of %s reprocessed as application '%s' in %.1f s%n", itemsRead, source,
                applicationId, seconds);
        out.printf("  %-34s %d kept%n", outputs.enriched(), enriched);
        out.printf("  %-34s %d%s%n", outputs.duplicates(), duplicateCount(), duplicates.isEmpty() ? ""
                : " (" + String.join(", ", duplicates.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .toList()) + ")");
        out.printf("  %-34s %d%n", outputs.dlq(), deadLetters);
        deadLettersByReason.forEach((reason, n) -> out.printf("    %d x %s%n", n, reason));
        for (Region region : Region.values()) {
            out.printf("  %-34s %d%n", outputs.region(region), desks.getOrDefault(region, 0L));
        }
        out.flush();
    }

    private long duplicateCount() {
        return duplicates.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether a dead letter came from a desk sink: a copy of an article, not an item of its own. */
    static boolean isDeskSink(String stage) {
        for (Region region : Region.values()) {
            if (stage.equals("write-" + region.slug())) {
                return true;
            }
        }
        return false;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "unknown" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
