package io.wirestream.dedupe;

import java.util.List;

/**
 * The rule of a bucket by its kind: an id bucket orders the id's texts by their own time, a
 * content or band bucket finds the earliest original the article copies.
 */
public final class BucketRule implements DedupeProcessor.Rule {

    public static final BucketRule INSTANCE = new BucketRule();

    private BucketRule() {
    }

    @Override
    public Candidate decide(String bucket, Candidate candidate, Seen self, List<Seen> others, long grace) {
        if (bucket.startsWith(Buckets.ID_PREFIX)) {
            return candidate.withVersion(ExactMatch.byId(self, others, grace));
        }
        return NearMatch.decide(bucket.startsWith(Buckets.CONTENT_PREFIX), candidate, self, others, grace);
    }
}
