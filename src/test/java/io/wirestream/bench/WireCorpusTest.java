package io.wirestream.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirestream.ingest.FeedParser;
import io.wirestream.model.FeedItem;
import org.junit.jupiter.api.Test;

class WireCorpusTest {

    @Test
    void shouldGenerateTheSameBytesForTheSameSeed() {
        List<WireCorpus.Item> a = WireCorpus.standard().generate(200);
        List<WireCorpus.Item> b = WireCorpus.standard().generate(200);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(new String(a.get(i).json()), new String(b.get(i).json()));
        }
        assertNotEquals(new String(a.get(5).json()), new String(new WireCorpus(1, 0.3).generate(200).get(5).json()));
    }

    @Test
    void shouldReissueAboutThirtyPercentAsResendsAddedParagraphsAndNewHeadlines() {
        List<WireCorpus.Item> items = WireCorpus.standard().generate(1000);
        Set<String> bodies = new HashSet<>();
        FeedParser parser = new FeedParser();
        int reissues = 0;
        for (WireCorpus.Item item : items) {
            FeedItem parsed = parser.parse(item.id(), item.json(), "application/json");
            String text = new String(item.json());
            if (!bodies.add(parsed.body()) || text.contains("\"updated\"")) {
                reissues++;
            }
        }
        assertTrue(reissues > 250 && reissues < 350, "re-issues: " + reissues);
        assertEquals(0, (int) WireCorpus.standard().withoutReissues().generate(300).stream()
                .filter(i -> new String(i.json()).contains("\"updated\"")).count());
    }
}
