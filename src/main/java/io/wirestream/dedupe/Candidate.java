package io.wirestream.dedupe;

import java.util.List;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;

/**
 * One article on its way through dedupe: what a bucket compares, plus, on the one record of it
 * that carries them, the article itself and its input headers.
 *
 * @param seen     what the stores remember of it
 * @param buckets  how many bucket records the article fanned out to (the gather waits for all)
 * @param article  the article, on its content-bucket record only ({@code null} on the others)
 * @param headers  the input record's headers, with the article
 * @param match    the earliest original a content or band bucket found for it, or {@code null}
 * @param version  what its id bucket found among the id's other texts (ID, SUPERSEDED or UPDATE), or
 *                 {@code null}: the first text of its id, or not decided yet
 */
public record Candidate(Seen seen, int buckets, Article article, List<HeaderCopy> headers, Match match,
                        Verdict version) {

    /** A record header, carried through the hold stores, which keep values but not headers. */
    public record HeaderCopy(String key, byte[] value) {
    }

    /**
     * A bucket's decision: the article repeats an earlier one.
     *
     * @param verdict      CONTENT or NEAR, naming the original
     * @param originalTime the original's event time, so the gather keeps the earliest original
     * @param newText      the copy's share of text the original lacks (0 for exact copies)
     * @param sameAgency   whether original and copy come from one agency
     */
    public record Match(Verdict verdict, long originalTime, double newText, boolean sameAgency) {
    }

    /** A bucket record before any decision. */
    public Candidate(Seen seen, int buckets, Article article) {
        this(seen, buckets, article, null, null, null);
    }

    public String id() {
        return seen.id();
    }

    public Candidate withMatch(Match match) {
        return new Candidate(seen, buckets, article, headers, match, version);
    }

    public Candidate withVersion(Verdict version) {
        return new Candidate(seen, buckets, article, headers, match, version);
    }

    public Candidate withHeaders(List<HeaderCopy> headers) {
        return new Candidate(seen, buckets, article, headers, match, version);
    }

    public Candidate withArticle(Article article) {
        return new Candidate(seen, buckets, article, headers, match, version);
    }

    /**
     * The same without shingles: what the hold keeps and what an answer carries to the gather. Only a bucket's
     * decision compares shingles, and the bucket's window store already keeps them once per member.
     */
    public Candidate withoutShingles() {
        return seen.shingles() == null ? this
                : new Candidate(seen.withoutShingles(), buckets, article, headers, match, version);
    }
}
