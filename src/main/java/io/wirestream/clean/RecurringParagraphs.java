package io.wirestream.clean;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.model.Removal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Chrome learned from the feed: a paragraph that recurs in {@code minStories} or more distinct
 * stories from the same source (portal or url host) within a horizon is the portal's, not the
 * story's, and is removed from later items; nothing seen once is ever removed.
 *
 * <p>Stories are told apart by their longest paragraph, so an agency story re-sent under
 * another id counts once. Items with no known source teach nothing and lose nothing.
 */
public final class RecurringParagraphs {

    /** The rule name recorded on removals. */
    public static final String RULE = "recurring-chrome";
    /** Keys in the memory: source, a separator no host or portal name contains, then the paragraph's fingerprint. */
    private static final char SEPARATOR = '\u001f';
    private static final int MAX_PARAGRAPH_CHARS = 1000;

    private final ParagraphMemory memory;
    private final int minStories;
    private final long horizonMillis;

    /**
     * @param memory     where sightings are kept
     * @param minStories how many distinct stories make a paragraph chrome, at least 2
     * @param horizon    how long a sighting counts, by item time
     */
    public RecurringParagraphs(ParagraphMemory memory, int minStories, Duration horizon) {
        this.memory = Objects.requireNonNull(memory, "memory");
        if (minStories < 2) {
            throw new IllegalArgumentException("minStories must be >= 2 (nothing seen once is chrome), was " + minStories);
        }
        if (horizon == null || horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("horizon must be positive, was " + horizon);
        }
        this.minStories = minStories;
        this.horizonMillis = horizon.toMillis();
    }

    /** Offline defaults: an in-memory map of 100,000 paragraphs, 4 stories, a 7-day horizon. */
    public static RecurringParagraphs offline() {
        return new RecurringParagraphs(ParagraphMemory.bounded(100_000), 4, Duration.ofDays(7));
    }

    /**
     * Records the cleaned article's paragraphs as seen from its item's source, then removes those
     * that have recurred in enough distinct stories, recording each with its evidence.
     *
     * @return the article without its recurring paragraphs, or the article itself when none recur
     */
    public Article strip(FeedItem item, Article cleaned) {
        String source = sourceOf(item);
        List<String> paragraphs = cleaned.paragraphs();
        if (source == null || paragraphs.isEmpty()) {
            return cleaned;
        }
        Instant time = item.eventTime();
        long now = time == null ? System.currentTimeMillis() : time.toEpochMilli();
        long story = storyOf(paragraphs);
        List<String> kept = new ArrayList<>(paragraphs.size());
        List<Removal> removed = new ArrayList<>();
        for (String p : paragraphs) {
            int seen = record(source, p, story, now);
            if (seen >= minStories) {
                removed.add(new Removal(RULE, p, 1.0 - 1.0 / seen));
            } else {
                kept.add(p);
            }
        }
        if (removed.isEmpty() || kept.isEmpty()) {
            return cleaned; // a whole body that recurs is a repeated story, for dedupe to judge
        }
        List<Removal> removals = new ArrayList<>(cleaned.removals());
        removals.addAll(removed);
        return Article.cleaned(item, kept, cleaned.headline(), cleaned.credit(), removals);
    }

    /** How many distinct stories of {@code source} carried {@code paragraph}, this one included. */
    int record(String source, String paragraph, long story, long now) {
        if (paragraph.length() > MAX_PARAGRAPH_CHARS) {
            return 1; // long paragraphs are story text: not worth a memory entry
        }
        String key = source + SEPARATOR + Long.toHexString(fingerprint(paragraph));
        ParagraphMemory.Sighting s = memory.get(key);
        List<Long> stories = s == null || now - s.lastSeen() > horizonMillis ? new ArrayList<>() : new ArrayList<>(s.stories());
        if (!stories.contains(story)) {
            stories.add(story);
            if (stories.size() > minStories) {
                stories.remove(0); // bounded: past the threshold only "enough" matters
            }
        }
        memory.put(key, new ParagraphMemory.Sighting(stories, Math.max(now, s == null ? now : s.lastSeen())));
        return stories.size();
    }

    /** The portal or url host an item came from: the url's host, else an envelope's portal, site or source field. */
    public static String sourceOf(FeedItem item) {
        if (item.url() != null) {
            try {
                String host = URI.create(item.url().strip()).getHost();
                if (host != null && !host.isBlank()) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a url: fall back on the envelope's fields
            }
        }
        for (String field : new String[] {"portal", "site", "publisher", "source"}) {
            Object v = item.extras().get(field);
            if (v instanceof String s && !s.isBlank()) {
                return s.strip().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** A story's identity: its longest paragraph's fingerprint, which a re-send keeps and chrome never is. */
    private static long storyOf(List<String> paragraphs) {
        String longest = "";
        for (String p : paragraphs) {
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return fingerprint(longest);
    }

    /** 64-bit FNV-1a of the folded paragraph: spacing, case and quote styles do not make a new paragraph. */
    static long fingerprint(String paragraph) {
        String f = Texts.fold(paragraph);
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < f.length(); i++) {
            h ^= f.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
