package io.wirestream.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.wirestream.topology.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream publish}: raw items from files, directories or stdin to the input topic. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish raw agency items to the input topic, keyed by item id.",
                "A .jsonl/.ndjson file holds one JSON envelope per line, a .json file one envelope or an "
                        + "array, any other file one raw scraped page; '-' reads stdin. "
                        + "Items that will not parse are still sent: the stream dead-letters them with the reason."})
final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for stdin.")
    List<String> inputs;

    @Option(names = "--topic", defaultValue = "news.raw", description = "Topic to publish to (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--dry-run", description = "Print the key and source of each item instead of sending it.")
    boolean dryRun;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun) {
            int[] n = {0};
            InputFiles.read(spec.commandLine(), inputs, System.in, item -> {
                String key = Publisher.keyOf(item);
                out.println((key == null ? "(no key: the stream derives the id)" : key) + "\t" + item.source());
                n[0]++;
            });
            out.println(n[0] + " item(s) would be published to " + topic);
            return ExitCode.OK;
        }
        // Every named input must exist before the first record goes out: no half-published runs.
        InputFiles.checkExist(spec.commandLine(), inputs);
        String bootstrap = kafka.bootstrapOr(KafkaOptions.LOCAL_BROKER);
        kafka.checkReachable(bootstrap);
        try (Publisher publisher = new Publisher(kafka.clientProperties(bootstrap), topic)) {
            int[] sent = {0};
            InputFiles.read(spec.commandLine(), inputs, System.in, item -> {
                publisher.send(item);
                if (++sent[0] % 1000 == 0) {
                    err.println("publish: " + sent[0] + " items sent...");
                    err.flush();
                }
            });
            int confirmed = publisher.confirm();
            out.println("published " + confirmed + " item(s) to " + topic + " on " + bootstrap);
        }
        return ExitCode.OK;
    }
}
