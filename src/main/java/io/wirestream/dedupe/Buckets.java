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
 * Fans an article out to one record per candidate bucket (its exact content, its id, then each
 * MinHash band), keyed by the bucket, so every article that could match it, and every version of
 * its id, meets it on one task.
 */
public final class Buckets implements Processor<String, Article, String, Candidate> {

    /** Bucket keys of exact content start with this. */
    public static final String CONTENT_PREFIX = "c:";
    /** Bucket keys of an id start with this; band keys start with {@code b}. */
    public static final String ID_PREFIX = "i:";

    /** One bucket record: its key and what it carries. */
    public record Bucketed(String key, Candidate candidate) {
    }

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
        for (Bucketed bucketed : of(article, seen(article, ref, record.timestamp()), minHash)) {
            context.forward(record.withKey(bucketed.key()).withValue(bucketed.candidate()));
        }
    }

    /**
     * The bucket records of an article: its content bucket first (the one carrying the article), its
     * id bucket, then one per band. Only the bands compare shingles, so only they carry them.
     */
    public static List<Bucketed> of(Article article, Seen seen, MinHash minHash) {
        List<String> bands = minHash.bandKeys(seen.shingles());
        int buckets = bands.size() + 2;
        Seen fingerprints = seen.withoutShingles();
        List<Bucketed> out = new ArrayList<>(buckets);
        out.add(new Bucketed(CONTENT_PREFIX + article.contentHash(), new Candidate(fingerprints, buckets, article)));
        out.add(new Bucketed(ID_PREFIX + article.id(), new Candidate(fingerprints, buckets, null)));
        for (String band : bands) {
            out.add(new Bucketed(band, new Candidate(seen, buckets, null)));
        }
        return out;
    }

    /** What the stores remember of an article read from {@code ref} at {@code timestamp}. */
    public static Seen seen(Article article, String ref, long timestamp) {
        long eventTime = article.eventTime() != null ? article.eventTime().toEpochMilli() : timestamp;
        return new Seen(ref, article.id(), article.agency(), eventTime, timestamp, article.contentHash(),
                ContentFingerprint.ofVersion(article), Shingles.of(article));
    }

    /** Partition and offset, zero-padded so refs order like the log. */
    static String ref(RecordMetadata metadata) {
        StringBuilder out = ZeroPadded.append(new StringBuilder(25).append('p'), metadata.partition(), 4).append('-');
        return ZeroPadded.append(out, metadata.offset(), 19).toString();
    }
}
