package io.wirestream.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code wirestream run} in a JVM of its own, so that a crash is a real one: {@link #crash()}
 * kills the process with SIGKILL, leaving its transactions open, its group membership to time
 * out and its state directory unflushed, as {@code kill -9} or a lost machine would.
 */
final class SoakInstance {

    /** The state lines {@code run} prints: {@code wirestream: REBALANCING -> RUNNING}. */
    private static final Pattern STATE = Pattern.compile("^wirestream: ([A-Z_]+) -> ([A-Z_]+)$");

    private final List<String> command;
    private final Path log;
    private Process process;
    private volatile String state = "STARTING";
    private int starts;

    /**
     * @param runArguments the {@code run} command's arguments
     * @param javaOptions  JVM options of the instance ({@code -Xmx768m})
     * @param log          where the instance's output goes, appended to across restarts
     */
    SoakInstance(List<String> runArguments, List<String> javaOptions, Path log) {
        List<String> c = new ArrayList<>();
        c.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        c.addAll(javaOptions);
        // The classpath this JVM runs with: the jar, or the test classpath.
        c.add("-cp");
        c.add(System.getProperty("java.class.path"));
        c.add(Wirestream.class.getName());
        c.add("run");
        c.addAll(runArguments);
        this.command = List.copyOf(c);
        this.log = log;
    }

    /** Starts the process; its state is read from its output. */
    synchronized void start() {
        state = "STARTING";
        starts++;
        try {
            Files.writeString(log, "---- start " + starts + ": " + String.join(" ", command) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the instance: " + command.get(0), e);
        }
        Process p = process;
        Thread reader = new Thread(() -> follow(p), "soak-instance-output");
        reader.setDaemon(true);
        reader.start();
    }

    private void follow(Process p) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher m = STATE.matcher(line);
                if (m.matches() && p == current()) {
                    state = m.group(2);
                }
            }
        } catch (IOException e) {
            // The process is gone; its exit code says the rest.
        }
    }

    private synchronized Process current() {
        return process;
    }

    /** The Kafka Streams state the instance last reported, STARTING before the first, or EXITED. */
    String state() {
        Process p = current();
        return p == null || !p.isAlive() ? "EXITED" : state;
    }

    boolean alive() {
        Process p = current();
        return p != null && p.isAlive();
    }

    /** The exit code of a process that is gone. */
    int exitCode() {
        return current().exitValue();
    }

    /** SIGKILL: no shutdown hook, no clean close, no commit. */
    void crash() throws InterruptedException {
        Process p = current();
        p.destroyForcibly();
        p.waitFor();
    }

    /** SIGTERM: {@code run}'s shutdown hook closes Kafka Streams cleanly; SIGKILL if it takes over a minute. */
    void stop() throws InterruptedException {
        Process p = current();
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        if (!p.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    Path log() {
        return log;
    }
}
