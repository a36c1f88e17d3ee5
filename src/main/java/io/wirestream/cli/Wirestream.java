package io.wirestream.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wirestream} command line: one subcommand per verb. */
@Command(name = "wirestream", mixinStandardHelpOptions = true, version = "wirestream 0.1.0",
        description = "Turns raw news-agency wire items into clean, deduplicated, enriched articles "
                + "routed to per-region Kafka topics.",
        subcommands = {RunCommand.class, PublishCommand.class, TailCommand.class, EnrichCommand.class,
                ReplayCommand.class, DemoCommand.class, BrokerCommand.class, SchemaCommand.class, BenchCommand.class,
                SoakCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Start with: wirestream demo"})
public final class Wirestream implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run commands through it. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line reading {@code WIRESTREAM_*} settings from {@code env}. */
    static CommandLine commandLine(java.util.Map<String, String> env) {
        CommandLine cl = new CommandLine(new Wirestream());
        // Option values from --config and the environment; flags given on the command line win.
        cl.setDefaultValueProvider(new Configuration(env));
        // Bad arguments are picocli's ParameterException (message and usage, exit 2); anything else
        // a command throws is a failure worth one line, not a stack trace (exit 1).
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println(line.getCommandName() + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
