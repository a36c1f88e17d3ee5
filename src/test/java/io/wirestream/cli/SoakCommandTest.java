package io.wirestream.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A short soak through the command on the embedded broker: the instance is killed once and the
 * broker stopped once while stories, malformed and oversized items go in, and every item still
 * comes out exactly once.
 */
class SoakCommandTest {

    private static final Pattern ACCOUNTING = Pattern.compile(
            "in ([\\d,]+) = enriched ([\\d,]+) \\+ duplicates ([\\d,]+) \\+ dead letters ([\\d,]+): holds");
    private static final Pattern EVENTS = Pattern.compile("events: (\\d+) crash\\(es\\).*?(\\d+) broker outage\\(s\\)"
            + ".*?(\\d+) exit\\(s\\) of the instance on its own; instance (\\w+) at the end");

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    @Test
    void shouldAccountForEveryItemThroughCrashesAndABrokerOutage() {
        // A crash at 20 s, an outage from 25 s to 30 s while the instance restarts, publishing stops at 35 s.
        CommandRun run = CommandRun.of("soak", "--duration", "35s", "--rate", "8", "--crash-every", "20s",
                "--outage-every", "25s", "--outage-length", "5s", "--ner-odd-case-engine", "none",
                "--drain-timeout", "2m");

        assertEquals(0, run.exitCode(), run.out() + run.err());
        Matcher events = EVENTS.matcher(run.out());
        assertTrue(events.find(), run.out());
        assertEquals("1", events.group(1), "crashes");
        assertEquals("1", events.group(2), "outages");
        assertEquals("0", events.group(3), "exits on its own");
        assertEquals("RUNNING", events.group(4));
        Matcher accounting = ACCOUNTING.matcher(run.out());
        assertTrue(accounting.find(), run.out());
        long in = number(accounting.group(1));
        // Publishing stalls during the outage, so fewer than 8/s x 45 s.
        assertTrue(in >= 150, "published " + in + " items");
        assertEquals(in, number(accounting.group(2)) + number(accounting.group(3)) + number(accounting.group(4)),
                run.out());
        // Every kind of item went in and came out where it belongs.
        for (String kind : new String[] {"story", "malformed", "oversized"}) {
            assertTrue(run.out().contains("  " + kind + " "), kind + " missing from " + run.out());
        }
        assertTrue(run.out().contains("duplicates"), run.out());
        assertTrue(run.err().lines().filter(l -> l.contains("published") && l.contains("out ")).count() >= 5,
                "progress every few seconds: " + run.err());
    }

    @Test
    void shouldRefuseAnOutageAsLongAsItsInterval() {
        CommandRun run = CommandRun.of("soak", "--outage-every", "20s", "--outage-length", "20s");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--outage-length must be > 0 and shorter than --outage-every"), run.err());
    }

    @Test
    void shouldRefuseAnItemLimitThatLeavesNoRoomForOversizedItems() {
        CommandRun run = CommandRun.of("soak", "--max-item-bytes", "1048576");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--max-item-bytes must be under 1000000"), run.err());
    }
}
