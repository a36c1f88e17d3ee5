package io.wirestream.dedupe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.wirestream.model.Verdict;

/**
 * The id rule: versions of one id are ordered by the item's own time (updated, else published),
 * then by their text's fingerprint, never by arrival; the same text twice is an ID duplicate, an
 * older text than one already known is SUPERSEDED, a newer one an UPDATE.
 */
public final class ExactMatch {

    private ExactMatch() {
    }

    /**
     * Decides one text of an id against every other text remembered of it.
     *
     * @return {@code null} for the first text of the id, else an ID duplicate, SUPERSEDED, or an UPDATE
     *         whose {@code supersedes} is the number of older texts (its version is one more)
     */
    public static Verdict byId(Seen self, List<Seen> others, long grace) {
        Set<String> olderTexts = new HashSet<>();
        Seen newest = null;
        for (Seen other : others) {
            if (other.versionHash().equals(self.versionHash())) {
                if (other.isBefore(self)) {
                    return new Verdict(Verdict.Kind.ID, self.id(), 1.0, "id", 0, false);
                }
            } else if (newerText(other, self)) {
                if (newest == null || newerText(other, newest)) {
                    newest = other;
                }
            } else {
                olderTexts.add(other.versionHash());
            }
        }
        if (newest != null) {
            boolean late = newest.arrival() + grace < self.arrival();
            return new Verdict(Verdict.Kind.SUPERSEDED, self.id(), 1.0, "event-time", 0, late);
        }
        return olderTexts.isEmpty() ? null
                : new Verdict(Verdict.Kind.UPDATE, self.id(), 1.0, "id", olderTexts.size(), false);
    }

    /** Newer by the item's own time, then by text fingerprint for ties. */
    private static boolean newerText(Seen a, Seen b) {
        return a.eventTime() != b.eventTime() ? a.eventTime() > b.eventTime()
                : a.versionHash().compareTo(b.versionHash()) > 0;
    }
}
