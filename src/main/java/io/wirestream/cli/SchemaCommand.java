package io.wirestream.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import io.wirestream.serde.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code wirestream schema}: the JSON Schema of the output topics' values. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (2020-12) of the articles on news.enriched, news.region.* and "
                + "news.duplicates: IPTC ninjs 2.2's ninjsType plus the 'wirestream' extension block.",
                "The schema refers to IPTC's ninjs 2.2 schema by its URI "
                        + "(http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json); --ninjs prints the copy Wirestream "
                        + "ships, for validating offline."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ninjs", description = "Print IPTC's ninjs 2.2 schema instead (vendored unchanged, MIT licence).")
    boolean ninjs;

    @Override
    public Integer call() {
        String resource = ninjs ? ArticleJson.NINJS_SCHEMA_RESOURCE : ArticleJson.SCHEMA_RESOURCE;
        try (InputStream in = ArticleJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource " + resource + " missing from the jar");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            out.flush();
            return ExitCode.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
