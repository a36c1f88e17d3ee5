package io.wirestream.dedupe;

/**
 * What a dedupe store remembers of an article that reached a bucket or an id: enough to order it
 * by the item's own time and to compare a later arrival with it.
 *
 * @param ref         the input record it came from ({@code p<partition>-<offset>}), unique per record
 * @param id          the article id
 * @param agency      the agency, or {@code null}
 * @param eventTime   the item's own time in epoch ms (updated, else published, else the record time)
 * @param arrival     the record timestamp it reached dedupe with
 * @param contentHash the body fingerprint
 * @param versionHash the headline-and-body fingerprint
 * @param shingles    the body's shingles (bucket store), or {@code null} (id store)
 */
public record Seen(String ref, String id, String agency, long eventTime, long arrival, String contentHash,
                   String versionHash, int[] shingles) {

    /** Earlier by the item's own time, then by id, then by record: never by arrival order. */
    public boolean isBefore(Seen other) {
        if (eventTime != other.eventTime) {
            return eventTime < other.eventTime;
        }
        int byId = id.compareTo(other.id);
        return byId != 0 ? byId < 0 : ref.compareTo(other.ref) < 0;
    }

    /** The same without shingles: the content and id stores compare fingerprints only. */
    public Seen withoutShingles() {
        return new Seen(ref, id, agency, eventTime, arrival, contentHash, versionHash, null);
    }
}
