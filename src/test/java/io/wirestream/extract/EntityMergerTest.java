package io.wirestream.extract;

import io.wirestream.model.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityMergerTest {

    /** Each mention of {@code words} in {@code body}, typed in turn by {@code types}, with its sentence's shape. */
    private static List<Found> mentions(String body, String words, Entity.Type... types) {
        FieldText f = FieldText.of(Entity.Mention.Field.BODY, body);
        List<Found> out = new ArrayList<>();
        int at = -1;
        for (Entity.Type type : types) {
            at = body.indexOf(words, at + 1);
            int start = at;
            Sentence s = f.sentences().stream()
                    .filter(x -> x.tokens().get(0).start() <= start && x.tokens().get(x.tokens().size() - 1).end() > start)
                    .findFirst().orElseThrow();
            out.add(new Found(f.field(), at, at + words.length(), words, type, s.tokensIn(at, at + words.length()),
                    s.oddCase(), s.listLine()));
        }
        return out;
    }

    private static List<String> entities(List<Found> found) {
        return EntityMerger.merge(found).stream().map(e -> e.type() + ":" + e.name() + ":" + e.mentions().size()).toList();
    }

    @Test
    void shouldGiveARepeatedNameItsMajorityType() {
        assertEquals(List.of("ORGANISATION:Acme:3"), entities(mentions(
                "Acme grew.\n\nShares in Acme rose.\n\nAcme said so.", "Acme",
                Entity.Type.ORGANISATION, Entity.Type.PERSON, Entity.Type.ORGANISATION)));
    }

    @Test
    void shouldDropTitlesFromPeopleOnly() {
        String body = "General Motors Corp said sales fell.\n\nPresident Joe Biden spoke.";
        List<Found> found = new ArrayList<>(mentions(body, "General Motors Corp", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "President Joe Biden", Entity.Type.PERSON));
        assertEquals(List.of("ORGANISATION:General Motors Corp:1", "PERSON:Joe Biden:1"), entities(found));
        String straw = "Mr Straw spoke.";
        assertEquals(List.of("ORGANISATION:Straw:1"), entities(mentions(straw, "Mr Straw", Entity.Type.ORGANISATION)),
                "an honorific goes whatever the engine's type");
    }

    @Test
    void shouldJoinAnAcronymThatCountsOfToItsName() {
        String body = "The Bank of Japan kept rates unchanged.\n\nThe BOJ said prices would rise.";
        List<Found> found = new ArrayList<>(mentions(body, "Bank of Japan", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "BOJ", Entity.Type.ORGANISATION));
        assertEquals(List.of("ORGANISATION:Bank of Japan:2"), entities(found));
    }

    @Test
    void shouldNameAPlaceAsTheProseWritesItNotAsItsCapitalsDateline() {
        String body = "BONN, Nov 29 (Reuters) - Talks began on Friday.\n\nOfficials in Bonn said so.";
        List<Found> found = new ArrayList<>(mentions(body, "BONN", Entity.Type.PLACE));
        found.addAll(mentions(body, "Bonn", Entity.Type.PLACE));
        assertEquals(List.of("PLACE:Bonn:2"), entities(found));
    }

    @Test
    void shouldJoinACompanysShortNameToItsFullName() {
        String body = "Dalton Industries Inc said profit rose.\n\nDalton said sales grew.\n\n"
                + "Broken Hill Proprietary Co Ltd agreed, BHP said.";
        List<Found> found = new ArrayList<>(mentions(body, "Dalton Industries Inc", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "Dalton said", Entity.Type.PERSON).stream()
                .map(f -> new Found(f.field(), f.start(), f.start() + 6, "Dalton", f.type(), f.tokens().subList(0, 1),
                        f.oddCase(), f.listLine())).toList());
        found.addAll(mentions(body, "Broken Hill Proprietary Co Ltd", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "BHP", Entity.Type.ORGANISATION));
        assertEquals(List.of("ORGANISATION:Dalton Industries Inc:2", "ORGANISATION:Broken Hill Proprietary Co Ltd:2"),
                entities(found));
    }

    @Test
    void shouldNotJoinAPlaceOrAWordThatIsNotTheCompanysWholeShortName() {
        String body = "Kansas City Southern Industries Inc rose.\n\nIn Kansas City, Ford Motor Co fell, Ford said.";
        List<Found> found = new ArrayList<>(mentions(body, "Kansas City Southern Industries Inc", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "Kansas City,", Entity.Type.PLACE).stream()
                .map(f -> new Found(f.field(), f.start(), f.start() + 11, "Kansas City", f.type(), f.tokens().subList(0, 2),
                        f.oddCase(), f.listLine())).toList());
        found.addAll(mentions(body, "Ford Motor Co", Entity.Type.ORGANISATION));
        found.addAll(mentions(body, "Ford said", Entity.Type.PERSON).stream()
                .map(f -> new Found(f.field(), f.start(), f.start() + 4, "Ford", f.type(), f.tokens().subList(0, 1),
                        f.oddCase(), f.listLine())).toList());
        assertEquals(4, entities(found).size(), entities(found).toString());
    }

    @Test
    void shouldJoinAFamilyNameWrittenFirstToItsPerson() {
        // Chinese and Korean names put the family name first; the engine often reads it alone as an organisation.
        String body = "Premier Li Qiang met the visitors.\n\nLi said trade would grow.";
        List<Found> found = new ArrayList<>(mentions(body, "Li Qiang", Entity.Type.PERSON));
        found.addAll(mentions(body, "Li said", Entity.Type.ORGANISATION).stream()
                .map(f -> new Found(f.field(), f.start(), f.start() + 2, "Li", f.type(), f.tokens().subList(0, 1),
                        f.oddCase(), f.listLine())).toList());
        assertEquals(List.of("PERSON:Li Qiang:2"), entities(found));
    }

    @Test
    void shouldNotJoinAPlaceOrALongWordToAPersonItsNameOpens() {
        String paris = "Paris Hilton arrived.\n\nParis was cold.";
        List<Found> found = new ArrayList<>(mentions(paris, "Paris Hilton", Entity.Type.PERSON));
        found.add(mentions(paris, "Paris", Entity.Type.PLACE, Entity.Type.PLACE).get(1));
        assertEquals(List.of("PERSON:Paris Hilton:1", "PLACE:Paris:1"), entities(found));
        String chelsea = "Chelsea Clinton spoke.\n\nChelsea won the match.";
        List<Found> club = new ArrayList<>(mentions(chelsea, "Chelsea Clinton", Entity.Type.PERSON));
        club.add(mentions(chelsea, "Chelsea", Entity.Type.ORGANISATION, Entity.Type.ORGANISATION).get(1));
        assertEquals(List.of("PERSON:Chelsea Clinton:1", "ORGANISATION:Chelsea:1"), entities(club));
    }

    @Test
    void shouldLeaveEachMentionItsTypeOnATie() {
        // One person and one place: no majority, so neither overrides the other.
        assertEquals(List.of("PERSON:Cliddesden:1", "PLACE:Cliddesden:1"), entities(mentions(
                "Cliddesden spoke first.\n\nThe station was in the village of Cliddesden.", "Cliddesden",
                Entity.Type.PERSON, Entity.Type.PLACE)));
    }

    @Test
    void shouldNeitherCountNorRetypeANameInADatelineOrATableRow() {
        // The standings name the team as the dateline names the city.
        String body = "NEW YORK 1996-08-30\n\nResults on Friday.\n\nNew York 70 60 .538\n\nBoston 65 65 .500";
        List<Found> found = new ArrayList<>(mentions(body, "NEW YORK", Entity.Type.PLACE));
        found.addAll(mentions(body, "New York", Entity.Type.ORGANISATION));
        List<String> got = entities(found);
        assertTrue(got.contains("PLACE:New York:1"), got.toString());
        assertTrue(got.contains("ORGANISATION:New York:1"), got.toString());
    }

    @Test
    void shouldTellAListLineFromProseAndHeadlines() {
        assertTrue(Spans.sentence("NEW YORK 1996-08-30").listLine());
        assertTrue(Spans.sentence("New York 70 60 .538").listLine());
        assertFalse(Spans.sentence("New York beat Boston 5-3 on Friday.").listLine());
        assertFalse(Spans.headline("SOCCER - JAPAN GET LATE GOAL TO DRAW WITH SYRIA .").listLine());
    }
}
