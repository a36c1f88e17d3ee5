package io.wirestream.dedupe;

import java.util.List;

import io.wirestream.model.Verdict;

/**
 * The bucket rule: a candidate repeats the earliest article (by the items' own time, then id) in
 * its bucket that another id published with the same body (content bucket) or with a body that
 * passes verification over shingles (band buckets), unless an earlier text of its own id came
 * before that article: then it is its id's newer version, and the match names its own id.
 */
public final class NearMatch {
    /** Jaccard at or above this is a near copy (a corrected name, a changed sentence). */
    public static final double MIN_JACCARD = 0.6;
    /** Containment at or above this is a near copy (a paragraph added or cut, chrome left on). */
    public static final double MIN_CONTAINMENT = 0.85;
    /** Containment needs this many shingles in the shorter text: a two-line brief is contained in too much. */
    public static final int MIN_CONTAINED_SHINGLES = 25;

    /** Verifies a pair: the similarity and method when near, {@code null} when not. */
    public static Candidate.Match verify(Seen copy, Seen original) {
        if (copy.shingles() == null || original.shingles() == null) {
            return null; // a record of a content or id bucket: nothing to verify with
        }
        Shingles.Similarity s = Shingles.compare(copy.shingles(), original.shingles());
        String method;
        double similarity;
        if (s.jaccard() >= MIN_JACCARD) {
            method = "minhash-lsh+jaccard";
            similarity = s.jaccard();
        } else if (s.containment() >= MIN_CONTAINMENT
                && Math.min(copy.shingles().length, original.shingles().length) >= MIN_CONTAINED_SHINGLES) {
            method = "minhash-lsh+containment";
            similarity = s.containment();
        } else {
            return null;
        }
        return new Candidate.Match(new Verdict(Verdict.Kind.NEAR, original.id(), round(similarity), method, 0, false),
                original.eventTime(), s.newText(), sameAgency(copy, original));
    }

    private NearMatch() {
    }

    /**
     * Decides a content or band bucket record against the others remembered in its bucket.
     *
     * @param content whether the bucket is the exact-content one (it compares hashes, the bands shingles)
     */
    public static Candidate decide(boolean content, Candidate candidate, Seen self, List<Seen> others, long grace) {
        Candidate.Match best = null;
        Seen bestOriginal = null;
        Candidate.Match own = null;
        Seen ownEarliest = null;
        boolean late = false;
        for (Seen other : others) {
            if (other.id().equals(self.id())) {
                // Re-sends and versions of one id are its id bucket's to order. But an earlier text of its own id
                // that it resembles is an original too: a portal's copy of that text came after it, and the
                // article is its id's newer version, not a copy of the copy.
                Candidate.Match resembles = !content && other.isBefore(self)
                        && (ownEarliest == null || other.isBefore(ownEarliest)) ? verify(self, other) : null;
                if (resembles != null) {
                    own = resembles;
                    ownEarliest = other;
                }
                continue;
            }
            boolean sameBody = other.contentHash().equals(self.contentHash());
            if (content != sameBody) {
                continue; // exact copies are the content bucket's (similarity 1), the rest the bands'
            }
            Candidate.Match match = sameBody
                    ? new Candidate.Match(new Verdict(Verdict.Kind.CONTENT, other.id(), 1.0, "content-hash", 0, false),
                            other.eventTime(), 0, sameAgency(self, other))
                    : verify(self, other);
            if (match == null) {
                continue;
            }
            if (other.isBefore(self)) {
                if (bestOriginal == null || other.isBefore(bestOriginal)) {
                    best = match;
                    bestOriginal = other;
                }
            } else if (other.arrival() + grace < self.arrival()) {
                late = true; // a later copy was released before this earlier one arrived: both stay out
            }
        }
        if (ownEarliest != null && (bestOriginal == null || ownEarliest.isBefore(bestOriginal))) {
            return candidate.withMatch(own); // names the article's own id: the gather reads it as no copy
        }
        if (best != null) {
            return candidate.withMatch(best);
        }
        return late ? candidate.withMatch(new Candidate.Match(
                new Verdict(Verdict.Kind.NEW, self.id(), 1.0, null, 0, true), Long.MAX_VALUE, 1, false)) : candidate;
    }

    private static boolean sameAgency(Seen a, Seen b) {
        return a.agency() != null && a.agency().equalsIgnoreCase(b.agency());
    }

    private static double round(double similarity) {
        return Math.round(similarity * 1000) / 1000.0;
    }
}
