package io.wirestream.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.wirestream.model.Article;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Fans an article out to one record per candidate bucket (its exact content, then each MinHash
 * band), keyed by the bucket, so every article that could match it meets it on one task.
 */
public final class Buckets implements Processor<String, Article, String, Candidate> {

    private final MinHash minHash;
    private ProcessorContext<String, Candidate> context;

    public Buckets(MinHash minHash) {
        this.minHash = Objects.requireNonNull(minHash, "minHash");
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        String ref = context.recordMetadata().map(Buckets::ref).orElse("t" + record.timestamp() + "-" + article.id());
        Seen seen = seen(article, ref, record.timestamp());
        List<String> keys = keys(article.contentHash(), seen.shingles(), minHash);
        for (int i = 0; i < keys.size(); i++) {
            // The content bucket compares hashes only; the bands compare shingles and need no article.
            Candidate candidate = i == 0 ? new Candidate(seen.withoutShingles(), keys.size(), article, null, null)
                    : new Candidate(seen, keys.size(), null, null, null);
            context.forward(record.withKey(keys.get(i)).withValue(candidate));
        }
    }

    /** The bucket keys of an article: its content bucket first, then one per band. */
    public static List<String> keys(String contentHash, int[] shingles, MinHash minHash) {
        List<String> keys = new ArrayList<>();
        keys.add(NearMatch.CONTENT_PREFIX + contentHash);
        keys.addAll(minHash.bandKeys(shingles));
        return keys;
    }

    /** What the stores remember of an article read from {@code ref} at {@code timestamp}. */
    public static Seen seen(Article article, String ref, long timestamp) {
        long eventTime = article.eventTime() != null ? article.eventTime().toEpochMilli() : timestamp;
        return new Seen(ref, article.id(), article.agency(), eventTime, timestamp, article.contentHash(),
                ContentFingerprint.ofVersion(article), Shingles.of(article));
    }

    /** Partition and offset, zero-padded so refs order like the log. */
    static String ref(RecordMetadata metadata) {
        return String.format("p%04d-%019d", metadata.partition(), metadata.offset());
    }
}
