package io.wirestream.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.streams.KafkaStreams;

/** One line from the stream threads' metrics, for the bench's progress output. */
final class StreamThreadSummary {

    private StreamThreadSummary() {
    }

    /**
     * The stream threads' own account of the row (their metrics' recent window, about the last 30 s): how
     * long a commit took, and the share of time spent polling, processing and committing. Under
     * exactly-once a record becomes readable downstream only when its thread commits.
     */
    static String of(KafkaStreams streams) {
        double commits = 0;
        double latencySum = 0;
        double latencyMax = 0;
        Map<String, Double> ratios = new TreeMap<>();
        int averaged = 0;
        Set<String> threads = new HashSet<>();
        for (var e : streams.metrics().entrySet()) {
            var name = e.getKey();
            if (!"stream-thread-metrics".equals(name.group()) || !(e.getValue().metricValue() instanceof Double v)
                    || v.isNaN()) {
                continue;
            }
            threads.add(name.tags().getOrDefault("thread-id", ""));
            switch (name.name()) {
                case "commit-total" -> commits += v;
                case "commit-latency-avg" -> {
                    latencySum += v;
                    averaged++;
                }
                case "commit-latency-max" -> latencyMax = Math.max(latencyMax, v);
                case "poll-ratio", "process-ratio", "commit-ratio", "punctuate-ratio" ->
                        ratios.merge(name.name().replace("-ratio", ""), v, Double::sum);
                default -> {
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%.0f commits, commit latency avg %.0f ms, max %.0f ms; share of time", commits,
                averaged > 0 ? latencySum / averaged : Double.NaN, latencyMax));
        int n = Math.max(threads.size(), 1);
        ratios.forEach((k, v) -> out.append(String.format(Locale.ROOT, " %s %.2f", k, v / n)));
        return out.toString();
    }
}
