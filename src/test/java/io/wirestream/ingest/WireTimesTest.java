package io.wirestream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireTimesTest {

    private static void reads(String text, String instant, String zone) {
        WireTime t = WireTimes.parse(text).orElseThrow(() -> new AssertionError("no time in " + text));
        assertEquals(Instant.parse(instant), t.instant(), text);
        assertEquals(zone, t.zone(), text);
    }

    private static void readsNothing(String text) {
        assertTrue(WireTimes.parse(text).isEmpty(), text);
    }

    @Test
    void shouldReadPortalFormatsWithTheirZones() {
        reads("January 22, 2022 16:35 IST", "2022-01-22T11:05:00Z", "IST");
        reads("Jan 22, 2022, 04:35 PM IST", "2022-01-22T11:05:00Z", "IST");
        reads("22 January 2022 16:35 GMT", "2022-01-22T16:35:00Z", "GMT");
        reads("2022-01-22 16:35 IST", "2022-01-22T11:05:00Z", "IST");
        reads("Saturday, January 22, 2022", "2022-01-22T00:00:00Z", null);
        reads("Sept. 3, 1998 9:15 a.m. EDT", "1998-09-03T13:15:00Z", "EDT");
        reads("3rd March 2021 at 10:00 NPT", "2021-03-03T04:15:00Z", "NPT");
        reads("4:35 PM GMT+5:30, Jan 22, 2022", "2022-01-22T11:05:00Z", "GMT+5:30");
        reads("January 22, 2022 / 4:35 PM / Updated 2 hours ago", "2022-01-22T16:35:00Z", null);
        reads("Sun 29 Nov 2026 15.42 GMT", "2026-11-29T15:42:00Z", "GMT");
        reads("Sun 29 Nov 2026 15.42 CET", "2026-11-29T14:42:00Z", "CET");
    }

    @Test
    void shouldReadNumericDatesOnlyWhereTheOrderShows() {
        reads("Issued on: 29/11/2026 - 15:42", "2026-11-29T15:42:00Z", null);
        reads("Published on 29/11/2026 - 15:42 GMT+1", "2026-11-29T14:42:00Z", "GMT+1");
        reads("29-11-2026 18:40 IST", "2026-11-29T13:10:00Z", "IST");
        reads("11/29/2026 3:42 PM EST", "2026-11-29T20:42:00Z", "EST");
        reads("29.11.2026", "2026-11-29T00:00:00Z", null);
        reads("05/05/2026", "2026-05-05T00:00:00Z", null);
        readsNothing("03/04/2026 10:00");
        readsNothing("Score 1/2/2026");
        readsNothing("version 1.2.3 of 2026");
    }

    @Test
    void shouldReadIsoAndEpochMillis() {
        reads("2022-01-22T16:35:00+05:30", "2022-01-22T11:05:00Z", "+05:30");
        reads("2022-01-22T11:05:00Z", "2022-01-22T11:05:00Z", "Z");
        reads("2022-01-22T11:05:00.250Z", "2022-01-22T11:05:00.250Z", "Z");
        reads("2022-01-22T11:05:00", "2022-01-22T11:05:00Z", null);
        reads("1642849500000", "2022-01-22T11:05:00Z", null);
    }

    @Test
    void shouldReadNothingFromNonTimes() {
        readsNothing("yesterday");
        readsNothing("2022-13-45");
        readsNothing("February 30, 2022");
        readsNothing("");
        readsNothing("2022");
    }
}
