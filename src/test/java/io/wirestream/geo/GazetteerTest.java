package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.Region;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.standard();

    private String code(String name) {
        return g.lookup(name).map(Country::code).orElse(null);
    }

    private Region desk(String code) {
        return g.country(code).orElseThrow().desk();
    }

    @Test
    void shouldListEveryIsoCountryJavaKnows() {
        Set<String> ours = new HashSet<>();
        g.countries().forEach(c -> ours.add(c.code()));
        Set<String> missing = new TreeSet<>(Arrays.asList(Locale.getISOCountries()));
        missing.removeAll(ours);
        assertTrue(missing.isEmpty(), "missing ISO codes: " + missing);
    }

    @Test
    void shouldResolveEveryCountryNameAliasAndDemonymToItsCountry() {
        for (Country c : g.countries()) {
            assertEquals(c, g.lookup(c.name()).orElseThrow(), c.name());
            c.aliases().forEach(a -> assertEquals(c, g.lookup(a).orElseThrow(), a));
            c.demonyms().forEach(d -> assertEquals(c, g.lookup(d).orElseThrow(), d));
        }
    }

    @Test
    void shouldApplyTheNewsroomDesks() {
        for (String c : new String[] {"IN", "PK", "BD", "LK", "NP", "BT", "MV", "AF"}) {
            assertEquals(Region.SOUTH_ASIA, desk(c), c);
        }
        for (String c : new String[] {"IR", "EG", "IL", "PS", "SA", "TR", "IQ", "YE", "JO"}) {
            assertEquals(Region.MIDDLE_EAST, desk(c), c);
        }
        for (String c : new String[] {"AM", "AZ", "GE", "CY", "XK", "RU", "UA", "GB"}) {
            assertEquals(Region.EUROPE, desk(c), c);
        }
        for (String c : new String[] {"JP", "CN", "KZ", "VN", "ID", "TW", "MN"}) {
            assertEquals(Region.ASIA, desk(c), c);
        }
        assertEquals(Region.AFRICA, desk("KE"));
        assertEquals(Region.AMERICAS, desk("US"));
        assertEquals(Region.OCEANIA, desk("FJ"));
        assertEquals(Region.UNKNOWN, desk("AQ"));
    }

    @Test
    void shouldKnowAliasesFormerStatesAndOldCityNames() {
        assertEquals("US", code("U.S."));
        assertEquals("GB", code("Britain"));
        assertEquals("AE", code("UAE"));
        assertEquals("CI", code("Ivory Coast"));
        assertEquals("MM", code("Burma"));
        assertEquals("RU", code("Soviet Union"));
        assertEquals("RU", code("USSR"));
        assertEquals("RS", code("Yugoslavia"));
        assertEquals("CZ", code("Czechoslovakia"));
        assertEquals("DE", code("East Germany"));
        assertEquals("DE", code("West German"));
        assertEquals("CD", code("Zaire"));
        assertEquals("ZW", code("Rhodesia"));
        assertEquals("LK", code("Ceylon"));
        assertEquals("IN", code("Bombay"));
        assertEquals("CN", code("Peking"));
        assertEquals("VN", code("Saigon"));
        assertEquals("RU", code("Leningrad"));
        assertEquals("JP", code("TOKYO"));
        assertEquals("BR", code("São Paulo"));
        assertEquals("BR", code("Sao Paulo"));
    }

    @Test
    void shouldKeepEveryNamesakeOfAName() {
        Set<String> countries = new HashSet<>();
        g.locations("Paris").forEach(l -> countries.add(l.country().code()));
        assertTrue(countries.containsAll(Set.of("FR", "US")), countries.toString());
        assertEquals(Location.Kind.COUNTRY, g.locations("Georgia").get(0).kind());
        assertTrue(g.locations("Georgia").stream().anyMatch(l -> "US.GA".equals(l.admin1()) && l.kind() == Location.Kind.ADMIN1));
    }

    @Test
    void shouldReadWireAbbreviationsOfStatesAndProvinces() {
        assertEquals(Optional.of("US.CT"), g.admin1OfQualifier("Conn."));
        assertEquals(Optional.of("US.KS"), g.admin1OfQualifier("KAN."));
        assertEquals(Optional.of("US.CA"), g.admin1OfQualifier("Calif."));
        assertEquals(Optional.of("US.MA"), g.admin1OfQualifier("Mass."));
        assertEquals(Optional.of("US.NY"), g.admin1OfQualifier("N.Y."));
        assertEquals(Optional.of("CA.08"), g.admin1OfQualifier("Ont."));
        assertEquals(Optional.of("US.TX"), g.admin1OfQualifier("Texas"));
        assertEquals(Optional.of("US.CT"), g.admin1OfQualifier("CT"));
        assertEquals(Optional.empty(), g.admin1OfQualifier("in"));
        assertEquals(Optional.of("Connecticut"), g.admin1Name("US.CT"));
    }

    @Test
    void shouldMatchAcronymsOnlyInCapitals() {
        assertEquals("US", code("US"));
        assertEquals(null, code("us"));
    }

    @Test
    void shouldRejectANameThatResolvesToTwoCountries() {
        String countries = "AA\tAland\tEurope\tNorthern Europe\tShared\t\n"
                + "BB\tBland\tEurope\tNorthern Europe\tShared\t\n";
        Desks desks = Desks.parse("desks.tsv", "subregion\tNorthern Europe\teurope\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.parse(desks, countries, "", "", "", ""));
        assertTrue(e.getMessage().contains("Shared (AA, BB)"), e.getMessage());
    }

    @Test
    void shouldNameTheFileAndLineOfABadRow() {
        Desks desks = Desks.parse("desks.tsv", "subregion\tNorthern Europe\teurope\n");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Desks.parse("my-desks.tsv", "subregion\tNorthern Europe\tnordics\n"));
        assertTrue(unknown.getMessage().startsWith("my-desks.tsv:1: unknown region 'nordics'"), unknown.getMessage());
        IllegalArgumentException noDesk = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(desks, "AA\tAland\tEurope\tNowhere\t\t\n", "", "", "", ""));
        assertTrue(noDesk.getMessage().contains("no desk for country AA"), noDesk.getMessage());
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(desks, "AA\tAland\tEurope\n", "", "", "", ""));
        assertTrue(columns.getMessage().startsWith("countries.tsv:1: expected 6"), columns.getMessage());
        IllegalArgumentException city = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse(desks, "", "", "1\tTown\tZZ\t\t100\t\n", "", ""));
        assertTrue(city.getMessage().startsWith("cities.tsv:1: unknown country code 'ZZ'"), city.getMessage());
    }

    /** Prints what the README reports: load time and retained heap of the standard tables. */
    @Test
    void shouldLoadTheStandardTablesCompactly() {
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long start = System.nanoTime();
        Gazetteer fresh = Gazetteer.load(Desks.bundled());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = usedAfterGc(rt);
        System.out.printf(Locale.ROOT, "gazetteer: %d countries, %d cities, %d names; loaded in %d ms, ~%.1f MB heap%n",
                fresh.countries().size(), fresh.cityCount(), fresh.nameCount(), millis, (after - before) / 1e6);
        assertFalse(fresh.countries().isEmpty());
        assertTrue(fresh.cityCount() > 10_000, "cities: " + fresh.cityCount());
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
