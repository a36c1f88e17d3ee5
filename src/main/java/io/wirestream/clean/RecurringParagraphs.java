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
        this(memory, new RecurringConfig(minStories, horizon));
    }

    /**
     * @param memory where sightings are kept: a bounded map offline, a changelogged store in the stream
     * @param config how many stories, within what horizon, make a paragraph chrome
     */
    public RecurringParagraphs(ParagraphMemory memory, RecurringConfig config) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.minStories = config.minStories();
        this.horizonMillis = config.horizon().toMillis();
    }

    /** Offline defaults: an in-memory map of 100,000 paragraphs and {@link RecurringConfig#defaults()}. */
    public static RecurringParagraphs offline() {
        return new RecurringParagraphs(ParagraphMemory.bounded(100_000), RecurringConfig.defaults());
    }

    /**
     * Records the cleaned article's paragraphs as seen from its item's source, then removes those
     * that have recurred in enough distinct stories, recording each with its evidence.
     *
     * @return the article without its recurring paragraphs, or the article itself when none recur
     */
    public Article strip(FeedItem item, Article cleaned) {
        Instant time = item.eventTime();
        return strip(item, cleaned, time == null ? System.currentTimeMillis() : time.toEpochMilli());
    }

    /**
     * As {@link #strip(FeedItem, Article)} at a time the caller chooses: the stream passes its record
     * time, so a replay of the same records learns and removes the same paragraphs.
     *
     * @param now epoch milliseconds the sightings are recorded at and the horizon is measured from
     */
    public Article strip(FeedItem item, Article cleaned, long now) {
        String source = sourceOf(item);
        List<String> paragraphs = cleaned.paragraphs();
        if (source == null || paragraphs.isEmpty()) {
            return cleaned;
        }
        long story = storyOf(paragraphs);
        long itemId = item.id() == null ? story : fingerprint(item.id());
        List<String> kept = new ArrayList<>(paragraphs.size());
        List<Removal> removed = new ArrayList<>();
        for (String p : paragraphs) {
            int seen = record(source, p, story, itemId, now);
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

    /**
     * How many distinct stories of {@code source} carried {@code paragraph}, this one included: a
     * sighting with the story or the item of an earlier one is that one again (a re-send, an update).
     */
    int record(String source, String paragraph, long story, long item, long now) {
        if (paragraph.length() > MAX_PARAGRAPH_CHARS) {
            return 1; // long paragraphs are story text: not worth a memory entry
        }
        String key = source + SEPARATOR + Long.toHexString(fingerprint(paragraph));
        ParagraphMemory.Sighting s = memory.get(key);
        boolean fresh = s == null || forgotten(s, now);
        List<Long> stories = fresh ? new ArrayList<>() : new ArrayList<>(s.stories());
        List<Long> items = fresh ? new ArrayList<>() : new ArrayList<>(s.items());
        boolean known = stories.contains(story) || items.contains(item);
        if (!known) {
            stories.add(story);
            items.add(item);
            if (stories.size() > minStories) {
                stories.remove(0); // bounded: past the threshold only "enough" matters
                items.remove(0);
            }
        }
        if (!known || now > s.lastSeen()) {
            // a re-send at the same time changes nothing: no store write, no changelog record
            memory.put(key, new ParagraphMemory.Sighting(stories, items, fresh ? now : Math.max(now, s.lastSeen())));
        }
        return stories.size();
    }

    /** Whether {@code sighting} is past the horizon at {@code now}: it counts no more, and a memory may drop it. */
    public boolean forgotten(ParagraphMemory.Sighting sighting, long now) {
        return now - sighting.lastSeen() > horizonMillis;
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
