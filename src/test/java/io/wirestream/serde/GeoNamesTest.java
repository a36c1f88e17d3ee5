package io.wirestream.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Place;
import io.wirestream.model.Region;
import io.wirestream.model.RegionAssignment;
import org.junit.jupiter.api.Test;

class GeoNamesTest {

    private static Article placing(Place... places) {
        FeedItem item = new FeedItem("x-1", "Reuters", "Cocoa review", null, "SALVADOR", List.of("Body."), null,
                null, null, null, List.of(), Map.of(), FeedItem.SourceFormat.TEXT);
        return Article.cleaned(item, List.of("Body."), "Cocoa review", null, List.of())
                .withPlaces(List.of(places), new RegionAssignment(Region.AMERICAS, List.of(Region.AMERICAS),
                        Map.of(Region.AMERICAS, 1.0), List.of()));
    }

    @Test
    void shouldGiveACityItsOwnUriNotItsCountrys() {
        Article a = placing(new Place("Salvador", "BR", Region.AMERICAS, 3, "BR.05", 3450554L));
        assertEquals("https://sws.geonames.org/3450554/", GeoNames.uri(a, "Salvador"));
    }

    @Test
    void shouldGiveACountryItsUriWhicheverCaseTheTextUses() {
        Article a = placing(new Place("Brazil", "BR", Region.AMERICAS, 1));
        assertEquals("https://sws.geonames.org/3469034/", GeoNames.uri(a, "BRAZIL"));
    }

    @Test
    void shouldGiveNoUriToAProvinceOrANamedPlaceThatIsNotItsCountry() {
        Article a = placing(new Place("Bahia", "BR", Region.AMERICAS, 1, "BR.05", 0),
                new Place("Gaza", "PS", Region.MIDDLE_EAST, 2), new Place("Wall Street", "US", Region.AMERICAS, 1));
        assertNull(GeoNames.uri(a, "Bahia"));
        assertNull(GeoNames.uri(a, "Gaza"));
        assertNull(GeoNames.uri(a, "Wall Street"));
        assertNull(GeoNames.uri(a, "Recife"), "a name the gazetteer did not resolve");
    }
}
