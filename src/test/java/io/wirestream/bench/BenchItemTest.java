package io.wirestream.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchItemTest {

    private static final List<BenchItem> ITEMS = List.of(item("a", "one"), item("b", "two"), item(null, "three"));

    @Test
    void shouldRepeatWholeRoundsUnderNewKeysUntilThereAreEnough() {
        List<BenchItem> repeated = BenchItem.repeated(ITEMS, 7);

        assertEquals(9, repeated.size(), "three whole rounds");
        assertEquals(List.of("a", "b", "a~1", "b~1", "a~2", "b~2"),
                repeated.stream().map(BenchItem::key).filter(k -> k != null).toList());
        assertEquals(6, new HashSet<>(repeated.stream().map(BenchItem::key).filter(k -> k != null).toList()).size());
        assertNull(repeated.get(5).key(), "an item without a key stays without one");
        for (int i = 0; i < repeated.size(); i++) {
            assertArrayEquals(ITEMS.get(i % 3).value(), repeated.get(i).value());
            assertEquals(BenchItem.JSON, repeated.get(i).contentType());
        }
    }

    @Test
    void shouldLeaveACorpusThatIsLargeEnoughAsItIs() {
        assertEquals(ITEMS, BenchItem.repeated(ITEMS, 3));
        assertEquals(ITEMS, BenchItem.repeated(ITEMS, 1));
        assertEquals(List.of(), BenchItem.repeated(List.of(), 10));
    }

    private static BenchItem item(String key, String text) {
        return new BenchItem(key, text.getBytes(StandardCharsets.UTF_8), BenchItem.JSON);
    }
}
