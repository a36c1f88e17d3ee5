package io.wirestream.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import io.wirestream.text.Agencies;
import org.junit.jupiter.api.Test;

/** Byline lines as portals print them: who they credit, and the times they give. */
class BylineTest {

    private static final Agencies AGENCIES = Agencies.standard();

    private static Byline read(String line) {
        return Byline.read(line, AGENCIES).orElseThrow(() -> new AssertionError("not read as a byline: " + line));
    }

    private static Instant at(WireTime time) {
        return time == null ? null : time.instant();
    }

    @Test
    void shouldCreditTheAgencyOfAPostedByLineAndKeepItsTimeAsPublished() {
        Byline b = read("Posted by ANI on Jan 22, 2022, 04:35 PM IST");
        assertEquals("ANI", b.name());
        assertEquals("ANI", b.agency());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), at(b.published()));
        assertNull(b.updated());
        assertEquals("Posted by ANI on Jan 22, 2022, 04:35 PM IST", b.text(), "the line as published stays on record");
    }

    @Test
    void shouldCreditTheNameBeforeAnUpdatedStamp() {
        Byline agency = read("By ANI | Updated: January 22, 2022 16:35 IST");
        assertEquals("ANI", agency.name());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), at(agency.updated()));
        Byline person = read("By Jane Doe | Updated: Jan 22, 2022, 04:35 PM IST");
        assertEquals("Jane Doe", person.name());
        assertNull(person.agency());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), at(person.updated()));
    }

    @Test
    void shouldCreditAPersonNamedBeforeAPublishedOnStamp() {
        Byline b = read("Jane Doe | Published on Jan 22, 2022, 04:35 PM IST");
        assertEquals("Jane Doe", b.name());
        assertEquals(Instant.parse("2022-01-22T11:05:00Z"), at(b.published()));
    }

    @Test
    void shouldCreditAnAgencyNamedBeforePublishedAndUpdatedStamps() {
        Byline b = read("Reuters | Published: 13 April 2023 10:12 GMT | Updated: 13 April 2023 11:40 GMT");
        assertEquals("Reuters", b.name());
        assertEquals(Instant.parse("2023-04-13T10:12:00Z"), at(b.published()));
        assertEquals(Instant.parse("2023-04-13T11:40:00Z"), at(b.updated()));
    }

    @Test
    void shouldReadAnAgencyBeforeASlashOrAnUnlabelledTimeAndAnAgencyAfterASection() {
        Byline slash = read("PTI / Updated: Nov 27, 2026, 18:40 IST");
        assertEquals("PTI", slash.agency());
        assertEquals(Instant.parse("2026-11-27T13:10:00Z"), at(slash.updated()));
        Byline bullet = read("Reuters \u2022 November 26, 2026, 14:22:10 IST");
        assertEquals("Reuters", bullet.agency());
        assertEquals(Instant.parse("2026-11-26T08:52:10Z"), at(bullet.published()));
        Byline section = read("India News | Press Trust of India | Updated: November 29, 2026 16:12 IST");
        assertEquals("PTI", section.agency());
        Byline writer = read("Jane Doe | Reuters | Updated: November 29, 2026 16:12 IST");
        assertEquals("Jane Doe", writer.name(), "the writer stays");
        assertEquals("Reuters", writer.agency());
        // A name and a time without a label is no byline unless the name is an agency's.
        assertTrue(Byline.read("Monsoon Special \u2022 November 26, 2026", AGENCIES).isEmpty());
    }

    @Test
    void shouldCreditTheWriterWithoutTheAgencysTitleForThem() {
        Byline comma = read("By MAE ANDERSON, AP Business Writer");
        assertEquals("MAE ANDERSON", comma.name());
        assertEquals("AP", comma.agency());
        Byline bare = read("By LISA MASCARO AP Congressional Correspondent");
        assertEquals("LISA MASCARO", bare.name());
        assertEquals("AP", bare.agency());
        Byline spelled = read("By JOHN SMITH, Associated Press Writer");
        assertEquals("JOHN SMITH", spelled.name());
        assertEquals("AP", spelled.agency());
        Byline bureau = read("Agence France-Presse in Marseille");
        assertEquals("AFP", bureau.agency());
    }

    @Test
    void shouldCreditWhoeverWroteOrEditedIt() {
        assertEquals("Lisa Mascaro", read("Written by Lisa Mascaro").name());
        assertEquals("Sam Holmes", read("Edited by Sam Holmes").name());
        assertEquals("Reuters Staff", read("By Reuters Staff").name());
        assertEquals("John Smith, Reuters", read("By John Smith, Reuters").name());
        assertEquals("Reuters", read("By John Smith, Reuters").agency());
    }

    @Test
    void shouldReadALineThatOnlyNamesAnAgencyAsItsByline() {
        for (String line : new String[] {"PTI", "Press Trust of India", " Reuters ", "The Associated Press"}) {
            Byline b = read(line);
            assertEquals(line.strip(), b.name());
            assertEquals(AGENCIES.canonical(line), b.agency());
            assertNull(b.published());
            assertTrue(!b.desk(), line);
        }
    }

    @Test
    void shouldReadAnAgencyAndItsBureauAsABylineOfThatAgency() {
        for (String[] line : new String[][] {{"Press Trust of India Mumbai", "PTI"}, {"PTI New Delhi", "PTI"},
                {"Reuters London", "Reuters"}}) {
            Byline b = read(line[0]);
            assertEquals(line[0], b.name());
            assertEquals(line[1], b.agency());
        }
        assertTrue(Byline.read("Reuters poll shows slowing growth", AGENCIES).isEmpty(), "a headline in lower case");
        assertTrue(Byline.read("Reuters Reports Record Profit In First Quarter", AGENCIES).isEmpty(),
                "more than a bureau's words");
    }

    @Test
    void shouldReadANewsroomDeskAsABylineThatNamesNoAgency() {
        for (String line : new String[] {"Outlook Web Desk", "Express News Service", "HT Correspondent", "Our Bureau",
                "Agencies", "Devdiscourse News Desk"}) {
            Byline b = read(line);
            assertEquals(line, b.name());
            assertNull(b.agency(), line);
            assertTrue(b.desk(), line);
        }
        // A field between the name and the stamp (the place); numeric dates are not read (day or month first?).
        Byline numeric = read("Devdiscourse News Desk | Geneva | Updated: 29-11-2026 18:40 IST | Created: 29-11-2026 18:40 IST");
        assertEquals("Devdiscourse News Desk", numeric.name());
        assertTrue(numeric.desk());
        Byline stamped = read("Sports Desk | London | Updated: Nov 29, 2026 18:40 GMT | Created: Nov 29, 2026 17:05 GMT");
        assertEquals("Sports Desk", stamped.name());
        assertEquals(Instant.parse("2026-11-29T18:40:00Z"), at(stamped.updated()));
        assertEquals(Instant.parse("2026-11-29T17:05:00Z"), at(stamped.published()));
        assertTrue(!read("By Reuters Staff").desk(), "names an agency");
    }

    @Test
    void shouldNotReadHeadlinesOrProseAsBylines() {
        for (String line : new String[] {
                "China's exports beat forecasts in March | World News - Hindustan Times",
                "Markets | Live",
                "Jane Doe | Published",
                "Desk",
                "Reuters says oil output rose",
                "The city desk was quiet on Sunday as the storm approached.",
                "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
                "By the end of the week the river had risen past the flood defences on both banks of the town."}) {
            assertTrue(Byline.read(line, AGENCIES).isEmpty(), line);
        }
    }

    @Test
    void shouldCreditWhatABylineFieldNames() {
        assertEquals("PTI", Byline.credit("By PTI", AGENCIES));
        assertEquals("ANI", Byline.credit("  Posted by ANI on Jan 22, 2022, 04:35 PM IST ", AGENCIES));
        assertEquals("Jane Smith", Byline.credit("Jane Smith", AGENCIES), "a bare name is the byline already");
        assertNull(Byline.credit(null, AGENCIES));
    }
}
