package io.wirestream.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Option values from a properties file ({@code --config}) and {@code WIRESTREAM_*} environment variables, as
 * picocli defaults: a flag beats the environment, which beats the file, which beats the built-in default.
 * The key of option {@code --health-port} is {@code health-port} in the file and {@code WIRESTREAM_HEALTH_PORT}
 * in the environment; keys starting {@code kafka.} ({@code WIRESTREAM_KAFKA_*}) pass through to the Kafka clients
 * and Kafka Streams with the prefix removed. Any other key is rejected by name.
 */
final class Configuration implements IDefaultValueProvider {

    static final String ENV_PREFIX = "WIRESTREAM_";
    static final String KAFKA_PREFIX = "kafka.";
    /** Read by the launcher script, not by the application. */
    private static final Set<String> LAUNCHER_ENV = Set.of("WIRESTREAM_JAVA_OPTS");
    private static final Set<String> NOT_CONFIGURABLE = Set.of("config", "help", "version");

    private final Map<String, String> env;
    private final Map<Path, Properties> files = new HashMap<>();

    Configuration(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The provider of {@code command}'s command line. */
    static Configuration of(CommandSpec command) {
        return command.root().commandLine().getDefaultValueProvider() instanceof Configuration c
                ? c : new Configuration(Map.of());
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        if (NOT_CONFIGURABLE.contains(key)) {
            return null;
        }
        checkEnvironment(arg.command());
        String value = env.get(envName(key));
        return value != null ? value : file(arg.command()).getProperty(key);
    }

    /** Kafka client and Streams properties: the file's {@code kafka.*} keys, overridden by the environment's. */
    Map<String, String> kafkaProperties(CommandSpec command) {
        Map<String, String> props = new TreeMap<>();
        Properties file = file(command);
        file.stringPropertyNames().stream().filter(k -> k.startsWith(KAFKA_PREFIX))
                .forEach(k -> props.put(k.substring(KAFKA_PREFIX.length()), file.getProperty(k)));
        String envKafka = ENV_PREFIX + "KAFKA_";
        env.forEach((name, value) -> {
            if (name.startsWith(envKafka)) {
                props.put(name.substring(envKafka.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return props;
    }

    static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }

    private Properties file(CommandSpec command) {
        OptionSpec config = command.findOption("--config");
        Path path = config == null ? null : config.getValue();
        if (path == null && env.containsKey(ENV_PREFIX + "CONFIG")) {
            path = Path.of(env.get(ENV_PREFIX + "CONFIG"));
        }
        if (path == null) {
            return new Properties();
        }
        Path p = path;
        return files.computeIfAbsent(p, k -> load(command, p));
    }

    private static Properties load(CommandSpec command, Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ParameterException(command.commandLine(), "--config: no such file " + path);
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(path)) {
            props.load(r);
        } catch (IOException e) {
            throw new ParameterException(command.commandLine(), "--config: cannot read " + path + ": " + e.getMessage());
        }
        Set<String> known = optionKeys(command.root());
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            if (!key.startsWith(KAFKA_PREFIX) && !known.contains(key)) {
                throw new ParameterException(command.commandLine(), "--config " + path + ": unknown key '" + key
                        + "' (keys are option names without '--', e.g. bootstrap-server, or kafka.<client property>)");
            }
        }
        return props;
    }

    private void checkEnvironment(CommandSpec command) {
        Set<String> known = new TreeSet<>();
        optionKeys(command.root()).forEach(k -> known.add(envName(k)));
        known.addAll(LAUNCHER_ENV);
        known.add(ENV_PREFIX + "CONFIG");
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.startsWith(ENV_PREFIX) && !name.startsWith(ENV_PREFIX + "KAFKA_") && !known.contains(name)) {
                throw new ParameterException(command.commandLine(), "unknown environment variable " + name
                        + " (WIRESTREAM_<OPTION_NAME>, e.g. WIRESTREAM_BOOTSTRAP_SERVER, or WIRESTREAM_KAFKA_<PROPERTY>)");
            }
        }
    }

    /** Every long option name, without its dashes, of every command under {@code root}. */
    static Set<String> optionKeys(CommandSpec root) {
        Set<String> keys = new TreeSet<>();
        collect(root, keys);
        keys.removeAll(NOT_CONFIGURABLE);
        return keys;
    }

    private static void collect(CommandSpec spec, Set<String> keys) {
        for (OptionSpec o : spec.options()) {
            if (o.longestName().startsWith("--")) {
                keys.add(o.longestName().substring(2));
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), keys);
        }
    }
}
