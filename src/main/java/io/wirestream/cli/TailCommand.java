package io.wirestream.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.wirestream.model.Region;
import io.wirestream.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
        kafka.checkReachable(bootstrap);
        try (TopicReader reader = reader(bootstrap, source)) {
            reader.read(r -> {
                out.println(json ? new String(r.value(), StandardCharsets.UTF_8) : ArticleText.describe(r));
                out.flush();
            }, maxMessages, idleTimeout, n -> true);
        }
        return ExitCode.OK;
    }

    private TopicReader reader(String bootstrap, String source) {
        try {
            return new TopicReader(kafka.clientProperties(bootstrap), List.of(source), fromBeginning);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), (topic != null ? "--topic: " : "") + e.getMessage());
        }
    }

    private String topicName() {
        if (topic != null && region != null) {
            throw new ParameterException(spec.commandLine(), "--topic and --region are alternatives: give one");
        }
        if (topic != null) {
            return topic;
        }
        if (region == null) {
            return Topics.ENRICHED.name();
        }
        try {
            return Topics.region(Region.ofSlug(region)).name();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--region: " + e.getMessage());
        }
    }
}
