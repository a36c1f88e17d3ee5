package io.wirestream.cli;

import java.io.PrintWriter;
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
        int[] failed = {0};
        InputFiles.read(spec.commandLine(), inputs, System.in, item -> {
            Article article;
            try {
                article = pipeline.process(null, item.value(), item.contentType());
            } catch (RuntimeException e) {
                failed[0]++;
                err.println("enrich: " + item.source() + ": skipped: " + e.getMessage());
                return;
            }
            if (article.verdict().isDuplicate()) {
                err.println("enrich: " + item.source() + ": duplicate (" + article.verdict().kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + ") of " + article.verdict().originalId());
                if (!includeDuplicates) {
                    return;
                }
            }
            out.println(write(article));
            out.flush();
        });
        err.flush();
        return failed[0] == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
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
