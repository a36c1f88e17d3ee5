package io.wirestream.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wirestream.model.Region;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
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
        assertTrue(g.countries().size() >= 249, "countries: " + g.countries().size());
    }

    @Test
    void shouldLoadEveryRowWithANameARegionAndAKnownDesk() {
        for (Country c : g.countries()) {
            assertFalse(c.name().isBlank(), c.code());
            assertTrue(Set.of("Africa", "Americas", "Asia", "Europe", "Oceania", "Antarctica")
                    .contains(c.m49Region()), c.code() + " region " + c.m49Region());
            assertFalse(c.m49SubRegion().isBlank(), c.code());
            assertEquals(c, g.lookup(c.name()).orElseThrow(), "name resolves to its own row: " + c.name());
            c.aliases().forEach(a -> assertEquals(c, g.lookup(a).orElseThrow(), a));
            c.demonyms().forEach(d -> assertEquals(c, g.lookup(d).orElseThrow(), d));
        }
    }

    @Test
    void shouldResolveEveryCityToItsCountry() {
        for (Country c : g.countries()) {
            for (String city : g.cities(c.code())) {
                assertEquals(c.code(), code(city), city);
            }
        }
    }

    @Test
    void shouldApplyTheNewsroomDesks() {
        for (String c : new String[] {"IN", "PK", "BD", "LK", "NP", "BT", "MV", "AF"}) {
            assertEquals(Region.SOUTH_ASIA, desk(c), c);
        }
        for (String c : new String[] {"IR", "EG", "IL", "PS", "SA", "TR", "IQ", "YE"}) {
            assertEquals(Region.MIDDLE_EAST, desk(c), c);
        }
        for (String c : new String[] {"AM", "AZ", "GE", "CY", "RU", "UA", "GB"}) {
            assertEquals(Region.EUROPE, desk(c), c);
        }
        for (String c : new String[] {"JP", "CN", "KZ", "VN", "ID", "TW"}) {
            assertEquals(Region.ASIA, desk(c), c);
        }
        assertEquals(Region.AFRICA, desk("KE"));
        assertEquals(Region.AFRICA, desk("LY"));
        assertEquals(Region.AMERICAS, desk("US"));
        assertEquals(Region.AMERICAS, desk("BR"));
        assertEquals(Region.OCEANIA, desk("FJ"));
        assertEquals(Region.UNKNOWN, desk("AQ"));
    }

    @Test
    void shouldLookUpAliasesDemonymsAndCities() {
        assertEquals("US", code("United States"));
        assertEquals("US", code("U.S."));
        assertEquals("US", code("American"));
        assertEquals("GB", code("Britain"));
        assertEquals("GB", code("British"));
        assertEquals("RU", code("Russian Federation"));
        assertEquals("CZ", code("Czech Republic"));
        assertEquals("MM", code("Burma"));
        assertEquals("CI", code("Ivory Coast"));
        assertEquals("CI", code("Côte d’Ivoire"));
        assertEquals("TR", code("Turkey"));
        assertEquals("TR", code("Türkiye"));
        assertEquals("UA", code("Kiev"));
        assertEquals("UA", code("Kyiv"));
        assertEquals("IN", code("New Delhi"));
        assertEquals("LC", code("St. Lucia"));
        assertEquals("TT", code("Trinidad & Tobago"));
        assertEquals("JP", code("TOKYO"));
        assertEquals("JP", code("tokyo"));
    }

    @Test
    void shouldMatchAcronymsOnlyInCapitals() {
        assertEquals("US", code("US"));
        assertEquals(null, code("us"));
        assertEquals(null, code("Us"));
    }

    @Test
    void shouldRejectANameThatResolvesToTwoCountries() {
        String countries = "AA\tAland\tEurope\tNorthern Europe\tShared\t\n"
                + "BB\tBland\tEurope\tNorthern Europe\tShared\t\n";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.parse(countries, "", "subregion\tNorthern Europe\teurope\n", ""));
        assertTrue(e.getMessage().contains("Shared (AA, BB)"), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownDeskWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("", "", "subregion\tNorthern Europe\tnordics\n", ""));
        assertTrue(e.getMessage().startsWith("desks.tsv:1: unknown region 'nordics'"), e.getMessage());
    }

    @Test
    void shouldRejectACountryWithoutADesk() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("AA\tAland\tEurope\tNowhere\t\t\n", "", "", ""));
        assertTrue(e.getMessage().contains("no desk for sub-region 'Nowhere'"), e.getMessage());
    }

    @Test
    void shouldRejectARowWithMissingColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.parse("AA\tAland\tEurope\n", "", "", ""));
        assertTrue(e.getMessage().startsWith("countries.tsv:1: expected 6"), e.getMessage());
    }
}
