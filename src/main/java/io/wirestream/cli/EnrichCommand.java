package io.wirestream.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.wirestream.model.Article;
import io.wirestream.serde.ArticleJson;
import io.wirestream.serde.Json;
import io.wirestream.ingest.FeedParser;
import io.wirestream.text.RulePacks;
import io.wirestream.topology.OfflinePipeline;
import io.wirestream.topology.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream enrich}: the whole pipeline offline, files in, JSON lines out, no Kafka. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run every stage offline on files or stdin and print enriched articles as JSON lines "
                + "(the same JSON as news.enriched). No Kafka is needed.",
                "Duplicates within the input are reported on stderr and left out unless --include-duplicates. "
                        + "Unusable items are reported on stderr with the reason; the exit code is then 1."})
final class EnrichCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    NerOptions ner;

    @Mixin
    RulesOptions rules;

    @Parameters(arity = "0..*", paramLabel = "INPUT", defaultValue = "-",
            description = "Files, directories, or - for stdin (default).")
    List<String> inputs;

    @Option(names = "--pretty", description = "Indent the JSON (one article spans several lines).")
    boolean pretty;

    @Option(names = "--include-duplicates", description = "Also print dropped duplicates (their verdict names the original).")
    boolean includeDuplicates;

    /** The stages; a bad desks row in --rules-dir is a usage error naming its file and line. */
    private Stages stages() {
        RulePacks packs = rules.packs();
        try {
            return Stages.standard(ner.config(), FeedParser.DEFAULT_MAX_ITEM_BYTES, packs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--rules-dir: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OfflinePipeline pipeline = new OfflinePipeline(stages());
        List<Pending> window = new ArrayList<>();
        int[] failed = {0};
        InputFiles.read(spec.commandLine(), inputs, System.in, item -> {
            Pending pending = new Pending(item.source());
            try {
                pending.prepared = pipeline.prepare(null, item.value(), item.contentType());
            } catch (RuntimeException e) {
                pending.error = e.getMessage();
            }
            window.add(pending);
            if (window.size() >= WINDOW) {
                failed[0] += decideAndPrint(pipeline, window, out, err);
            }
        });
        failed[0] += decideAndPrint(pipeline, window, out, err);
        err.flush();
        return failed[0] == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
    }

    /**
     * Items are decided by their own time within each this many read, as the topology's grace decides them, so
     * the original is the earliest copy whatever the order of the files; the output keeps the order they came in.
     */
    static final int WINDOW = 10_000;

    /** One item read: prepared, or why not; then its article. */
    private static final class Pending {
        final String source;
        OfflinePipeline.Prepared prepared;
        String error;
        Article article;

        Pending(String source) {
            this.source = source;
        }
    }

    /** Decides the window's items in the order of their own time, prints them in the order read; the failures. */
    private int decideAndPrint(OfflinePipeline pipeline, List<Pending> window, PrintWriter out, PrintWriter err) {
        List<Pending> byTime = window.stream().filter(p -> p.prepared != null)
                .sorted(Comparator.comparing((Pending p) -> p.prepared, OfflinePipeline.BY_ITEM_TIME)).toList();
        for (Pending pending : byTime) {
            try {
                pending.article = pipeline.finish(pending.prepared);
            } catch (RuntimeException e) {
                pending.error = e.getMessage();
            }
        }
        int failed = 0;
        for (Pending pending : window) {
            if (pending.article == null) {
                failed++;
                err.println("enrich: " + pending.source + ": skipped: " + pending.error);
                continue;
            }
            Article article = pending.article;
            if (article.verdict().isDuplicate()) {
                err.println("enrich: " + pending.source + ": duplicate (" + article.verdict().kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + ") of " + article.verdict().originalId());
                if (!includeDuplicates) {
                    continue;
                }
            }
            out.println(write(article));
        }
        out.flush();
        err.flush();
        window.clear();
        return failed;
    }

    private String write(Article article) {
        try {
            var json = ArticleJson.toJson(article);
            return pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json)
                    : Json.MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + article.id(), e);
        }
    }
}
