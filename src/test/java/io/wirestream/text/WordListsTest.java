package io.wirestream.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void shouldSkipCommentsAndBlankLinesAndTrimEntries() {
        assertEquals(List.of("Reuters", "AP", "Agence France-Presse", "ap"),
                WordLists.lines(WordListsTest.class, "sample.txt"));
    }

    @Test
    void shouldLowerCaseIntoASet() {
        assertEquals(Set.of("reuters", "ap", "agence france-presse"),
                WordLists.lowercaseSet(WordListsTest.class, "sample.txt"));
    }

    @Test
    void shouldReadResourceRelativeToTheAnchorsPackage() {
        assertTrue(WordLists.read(WordListsTest.class, "sample.txt").startsWith("# a comment line"));
    }

    @Test
    void shouldNameTheFullResourcePathWhenMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.lines(WordListsTest.class, "no-such-list.txt"));
        assertEquals("missing resource io/wirestream/text/no-such-list.txt", e.getMessage());
    }

    @Test
    void shouldReturnImmutableLists() {
        List<String> lines = WordLists.lines(WordListsTest.class, "sample.txt");
        assertThrows(UnsupportedOperationException.class, () -> lines.add("x"));
    }
}
