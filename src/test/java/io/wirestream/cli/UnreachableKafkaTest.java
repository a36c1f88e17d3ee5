package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A person pointing a command at the wrong address gets one line naming it, within --connect-timeout. */
class UnreachableKafkaTest {

    @TempDir
    Path dir;

    /** A port nothing listens on: bound, then released. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void assertOneClearLine(CommandRun run, String address, Instant started) {
        assertEquals(1, run.exitCode(), run.err());
        String err = run.err().strip();
        assertFalse(err.contains("\n"), err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains(address), err);
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 10, "bounded by --connect-timeout");
    }

    @Test
    void shouldFailPublishWithinTheConnectTimeoutNamingTheAddress() throws Exception {
        Path item = dir.resolve("item.json");
        Files.writeString(item, "{\"id\": \"x-1\", \"headline\": \"H\", \"body\": \"B\"}");
        String address = "127.0.0.1:" + closedPort();
        Instant started = Instant.now();
        CommandRun run = CommandRun.of("publish", "--bootstrap-server", address, "--connect-timeout", "2s", item.toString());
        assertOneClearLine(run, address, started);
        assertTrue(run.err().contains("within 2 s"), run.err());
    }

    @Test
    void shouldFailTailAndReplayTheSameWay() throws Exception {
        String address = "127.0.0.1:" + closedPort();
        Instant started = Instant.now();
        assertOneClearLine(CommandRun.of("tail", "--bootstrap-server", address, "--connect-timeout", "2s"), address, started);
        started = Instant.now();
        assertOneClearLine(CommandRun.of("replay", "--bootstrap-server", address, "--connect-timeout", "2s",
                "--state-dir", dir.toString()), address, started);
    }

    @Test
    void shouldNameAnUnresolvableAddress() {
        String address = "no-such-broker.invalid:9092";
        Instant started = Instant.now();
        assertOneClearLine(CommandRun.of("tail", "--bootstrap-server", address, "--connect-timeout", "2s"), address, started);
    }

    @Test
    void shouldNameTheFlagWhenTheBrokerPortIsBusy() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            CommandRun run = CommandRun.of("run", "--broker-port", String.valueOf(busy.getLocalPort()),
                    "--state-dir", dir.toString());
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--broker-port: port " + busy.getLocalPort() + " is in use"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }
}
