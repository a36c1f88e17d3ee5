package io.wirestream.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Says, in one line, why Kafka Streams is about to wipe and rebuild local state: the state directory holds
 * tasks of the application, but the broker has none of its changelog topics (a new or reset broker, an old
 * {@code --state-dir}). Kafka Streams' own report of it, {@code TaskCorruptedException} at ERROR, is
 * silenced in {@code simplelogger.properties} because it is expected and heals by itself.
 */
final class StateRebuild {

    /** A task directory of Kafka Streams: {@code <subtopology>_<partition>}, e.g. {@code 0_2}. */
    private static final Pattern TASK_DIR = Pattern.compile("\\d+_\\d+");

    private StateRebuild() {
    }

    /**
     * The line to print, or empty when local state and broker agree (or there is no local state).
     *
     * @param appStateDir   {@code <state-dir>/<application-id>}
     * @param brokerTopics  every topic name the broker lists
     */
    static Optional<String> reason(Path appStateDir, String applicationId, Set<String> brokerTopics) {
        List<String> tasks = tasks(appStateDir);
        if (tasks.isEmpty()) {
            return Optional.empty();
        }
        String prefix = applicationId + "-";
        boolean anyChangelog = brokerTopics.stream().anyMatch(t -> t.startsWith(prefix) && t.endsWith("-changelog"));
        if (anyChangelog) {
            return Optional.empty(); // the usual restart: Streams restores from the changelogs it finds
        }
        return Optional.of("local state in " + appStateDir + " (" + tasks.size() + " task(s)) has no changelog "
                + "topics on this broker (a new or reset broker?): Kafka Streams wipes it and the dedupe and chrome "
                + "stores start empty, so items seen before the reset are not known as duplicates; expected, nothing to do");
    }

    /** The task directories that hold anything (a store or a checkpoint), sorted. */
    static List<String> tasks(Path appStateDir) {
        if (!Files.isDirectory(appStateDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(appStateDir)) {
            return dirs.filter(d -> Files.isDirectory(d) && TASK_DIR.matcher(d.getFileName().toString()).matches())
                    .filter(StateRebuild::holdsState)
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of(); // unreadable state is reported by Kafka Streams itself, and louder
        }
    }

    private static boolean holdsState(Path taskDir) {
        try (Stream<Path> files = Files.list(taskDir)) {
            // a lock file alone is left by a task that never wrote
            return files.anyMatch(f -> !f.getFileName().toString().equals(".lock"));
        } catch (IOException e) {
            return false;
        }
    }
}
