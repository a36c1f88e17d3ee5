package io.wirestream.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.wirestream.text.RulePacks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A newsroom's word lists and desks from a directory, for the commands that build the text stages. */
final class RulesOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "Rule packs read once at start-up: a file named like a bundled list (page-chrome.txt, "
                    + "chrome-words.txt, headline-suffixes.txt, related-stories.txt, disclaimers.txt, desks.tsv) adds "
                    + "its lines to it, or replaces it when its first line is #replace; a desks.tsv row replaces the "
                    + "bundled row of its sub-region or country. A bad line fails naming the file and line "
                    + "(default: the bundled lists only).")
    Path dir;

    /** The packs, or the bundled lists alone; a bad file is a usage error (exit code 2) naming file and line. */
    RulePacks packs() {
        if (dir == null) {
            return RulePacks.bundled();
        }
        try {
            return RulePacks.load(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ParameterException(command.commandLine(), "--rules-dir: " + e.getMessage());
        }
    }

    /** These options as command-line arguments, for a child {@code run}; absolute, as the child may start elsewhere. */
    java.util.List<String> arguments() {
        return dir == null ? java.util.List.of() : java.util.List.of("--rules-dir", dir.toAbsolutePath().toString());
    }
}
