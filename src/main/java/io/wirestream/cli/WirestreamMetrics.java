package io.wirestream.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Region;
import io.wirestream.model.Verdict;
import io.wirestream.topology.Stages;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What {@code GET /metrics} shows, through Micrometer's Prometheus registry: Wirestream's own counters and
 * stage timers (counted by wrapping the plain-Java stages, which stay free of Micrometer), Kafka Streams'
 * metrics and the JVM's. No label carries a per-process UUID.
 */
final class WirestreamMetrics implements AutoCloseable {

    private static final Pattern UUID = Pattern.compile(
            "-?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ClassLoaderMetrics classes = new ClassLoaderMetrics();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private KafkaStreamsMetrics streams;

    WirestreamMetrics() {
        // Kafka Streams names its threads and clients after a random process id; labels must outlive a restart.
        registry.config().meterFilter(MeterFilter.ignoreTags("process.id", "process-id", "process_id"))
                .meterFilter(new MeterFilter() {
                    @Override
                    public Meter.Id map(Meter.Id id) {
                        List<Tag> tags = id.getTags().stream()
                                .map(t -> Tag.of(t.getKey(), UUID.matcher(t.getValue()).replaceAll(""))).toList();
                        return id.replaceTags(tags);
                    }
                });
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        classes.bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Adds Kafka Streams' own metrics (threads, tasks, stores, clients). */
    void bind(KafkaStreams kafkaStreams) {
        streams = new KafkaStreamsMetrics(kafkaStreams);
        streams.bindTo(registry);
    }

    /** The Prometheus text exposition, with HELP and TYPE lines. */
    String scrape() {
        return registry.scrape();
    }

    /**
     * The same stages, counted and timed: items in and parsed, failures per stage (each is dead-lettered),
     * duplicates by kind, updates, articles out per desk, and the time of tag, entity and classify calls.
     */
    Stages instrument(Stages s) {
        Counter in = Counter.builder("wirestream.items.in").description("Records read from news.raw").register(registry);
        Counter parsed = Counter.builder("wirestream.items.parsed").description("Records parsed into a feed item")
                .register(registry);
        Stages.Parse parse = (key, value, contentType) -> {
            in.increment();
            FeedItem item = failures("parse", () -> s.parse().parse(key, value, contentType));
            parsed.increment();
            return item;
        };
        Function<FeedItem, Article> clean = item -> failures("clean", () -> s.clean().apply(item));
        Counter updates = Counter.builder("wirestream.updates")
                .description("Articles re-sent under their id with changed content (version + 1)").register(registry);
        UnaryOperator<Article> tags = timed("extract-tags", a -> {
            if (a.verdict() != null && a.verdict().kind() == Verdict.Kind.UPDATE) {
                updates.increment();
            }
            return s.tags().apply(a);
        });
        UnaryOperator<Article> entities = timed("extract-entities", s.entities());
        UnaryOperator<Article> classify = timed("classify", a -> {
            Article out = s.classify().apply(a);
            List<Region> desks = out.regions() == null ? List.of(Region.UNKNOWN) : out.regions().desks();
            for (Region desk : desks) {
                Counter.builder("wirestream.articles.out").description("Articles routed to a desk topic")
                        .tag("desk", desk.slug()).register(registry).increment();
            }
            return out;
        });
        UnaryOperator<Article> duplicate = a -> {
            Counter.builder("wirestream.duplicates")
                    .description("Copies dropped to news.duplicates, by how they were caught")
                    .tag("kind", a.verdict().kind().name().toLowerCase(Locale.ROOT)).register(registry).increment();
            return s.duplicate().apply(a);
        };
        return new Stages(parse, clean, tags, entities, classify, duplicate);
    }

    private <T> T failures(String stage, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Counter.builder("wirestream.dead.lettered")
                    .description("Records a stage could not process, sent to news.dlq, by stage")
                    .tag("stage", stage).register(registry).increment();
            throw e;
        }
    }

    private UnaryOperator<Article> timed(String stage, UnaryOperator<Article> f) {
        Timer timer = Timer.builder("wirestream.stage.duration").description("Time per call of a text stage")
                .tag("stage", stage).publishPercentileHistogram(false).register(registry);
        return a -> timer.record(() -> failures(stage, () -> f.apply(a)));
    }

    @Override
    public void close() {
        if (streams != null) {
            streams.close();
        }
        gc.close();
        registry.close();
    }
}
