package io.wirestream.dedupe;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the bucket decisions of one article (one record per bucket, keyed by its id) and, once
 * all have come, gives the article one verdict: what its id bucket found, else the earliest
 * original any other bucket found, by the items' own time then id, so the answer does not depend
 * on which bucket answered first.
 *
 * <p>An answer that never comes (its bucket record was dead-lettered) must not keep the article
 * forever: after {@link #patience} of wall-clock time the article is decided on the answers it has,
 * with a warning, and a tally without its article (that record was dead-lettered) is dropped.
 */
public final class Gather implements Processor<String, Candidate, String, Candidate> {

    /** Near copies with at least this share of new text count as substantial re-issues. */
    public static final double SUBSTANTIAL_NEW_TEXT = 0.15;

    /** The article rides on one answer; it is stored once under this suffix, apart from the tally. */
    private static final String ARTICLE = "#article";

    /** The shortest wait for a missing answer, whatever the grace. */
    public static final Duration MIN_PATIENCE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(Gather.class);

    private final String storeName;
    private final DedupeConfig config;
    private final Duration patience;
    private ProcessorContext<String, Candidate> context;
    private KeyValueStore<String, Candidate> partial;
    /** Input record → when its first answer came (wall clock); in memory, so a restart starts the wait anew. */
    private final Map<String, Long> waitingSince = new HashMap<>();

    public Gather(String storeName, DedupeConfig config) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.config = Objects.requireNonNull(config, "config");
        // Answers legitimately wait a grace in their bucket, more on an idle or rebalancing task.
        Duration tenGraces = config.grace().multipliedBy(10);
        this.patience = tenGraces.compareTo(MIN_PATIENCE) > 0 ? tenGraces : MIN_PATIENCE;
    }


    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
        this.partial = context.getStateStore(storeName);
        long now = context.currentSystemTimeMs();
        try (KeyValueIterator<String, Candidate> it = partial.all()) {
            it.forEachRemaining(kv -> waitingSince.put(refOf(kv.key), now));
        }
        context.schedule(Duration.ofSeconds(30), PunctuationType.WALL_CLOCK_TIME, this::giveUpWaiting);
    }

    @Override
    public void process(Record<String, Candidate> record) {
        Candidate answer = record.value();
        String ref = answer.seen().ref();
        if (answer.article() != null) {
            // Stored once: the tally below changes with every answer, the article does not.
            partial.put(ref + ARTICLE, DedupeProcessor.withHeaders(record));
            answer = answer.withArticle(null);
        }
        // The tally's `buckets` counts the answers still missing.
        waitingSince.putIfAbsent(ref, context.currentSystemTimeMs());
        Candidate sofar = partial.get(ref);
        Candidate tally = sofar == null
                ? new Candidate(answer.seen().withoutShingles(), answer.buckets() - 1, null, null, answer.match(),
                        answer.version())
                : merge(sofar, answer);
        if (tally.buckets() > 0) {
            partial.put(ref, tally);
            return;
        }
        complete(ref, tally, partial.get(ref + ARTICLE));
    }

    /**
     * Forgets the article's entries and forwards it with its verdict, keyed by its id at its input record's
     * time (what every answer carried); answers without their article are only dropped.
     *
     * @param tally   the answers that came, or {@code null}
     * @param carrier the answer that carried the article, or {@code null} when it never came
     */
    private void complete(String ref, Candidate tally, Candidate carrier) {
        partial.delete(ref);
        partial.delete(ref + ARTICLE);
        waitingSince.remove(ref);
        if (carrier == null) {
            LOG.warn("dedupe: the article of input record {} never reached the gather (its record was "
                    + "dead-lettered); the bucket answers that came for it are dropped", ref);
            return;
        }
        Article decided = decide(carrier.article(), tally == null ? null : tally.match(),
                tally == null ? null : tally.version(), config.nearCopyPolicy());
        context.forward(new Record<>(carrier.seen().id(), carrier.withArticle(decided).withHeaders(null),
                carrier.seen().arrival(), DedupeProcessor.headersOf(carrier)));
    }

    /** Decides, on what has come, every article whose answers have been missing for longer than the patience. */
    private void giveUpWaiting(long now) {
        List<String> overdue = waitingSince.entrySet().stream()
                .filter(e -> now - e.getValue() > patience.toMillis()).map(Map.Entry::getKey).sorted().toList();
        for (String ref : overdue) {
            Candidate tally = partial.get(ref);
            Candidate carrier = partial.get(ref + ARTICLE);
            if (carrier != null) {
                LOG.warn("dedupe: {} bucket answer(s) for article {} (input record {}) did not come within {}; "
                        + "decided on the answers that did", tally == null ? "some" : tally.buckets(),
                        carrier.article().id(), ref, patience);
            }
            complete(ref, tally, carrier);
        }
    }

    private static String refOf(String storeKey) {
        return storeKey.endsWith(ARTICLE) ? storeKey.substring(0, storeKey.length() - ARTICLE.length()) : storeKey;
    }

    private static Candidate merge(Candidate sofar, Candidate answer) {
        return new Candidate(sofar.seen(), sofar.buckets() - 1, null, null, earliest(sofar.match(), answer.match()),
                sofar.version() != null ? sofar.version() : answer.version());
    }

    /** The earlier original (time, then id, then exact before near); a late flag survives either way. */
    public static Candidate.Match earliest(Candidate.Match a, Candidate.Match b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Candidate.Match first;
        if (a.originalTime() != b.originalTime()) {
            first = a.originalTime() < b.originalTime() ? a : b;
        } else {
            int byId = a.verdict().originalId().compareTo(b.verdict().originalId());
            first = byId != 0 ? (byId < 0 ? a : b) : (a.verdict().kind().ordinal() >= b.verdict().kind().ordinal() ? b : a);
        }
        boolean late = a.verdict().late() || b.verdict().late();
        return new Candidate.Match(first.verdict().withLate(late), first.originalTime(), first.newText(), first.sameAgency());
    }

    /**
     * The article's one verdict from its buckets' answers: a re-send or an older text of its id first
     * (whatever else it copies), then a copy of another id's article, then a newer text of its id (also
     * where a portal's copy of its id's earlier text was the only other match: its own text came first).
     *
     * @param match   the earliest original the content and band buckets found, or {@code null}
     * @param version what the id bucket found, or {@code null} for the first text of the id
     */
    public static Article decide(Article article, Candidate.Match match, Verdict version,
                                 DedupeConfig.NearCopyPolicy policy) {
        if (version != null && version.isDuplicate()) {
            return article.withVerdict(version, article.version());
        }
        boolean late = match != null && match.verdict().late();
        // A match naming the article's own id: an earlier text of it came before any other id's copy.
        if (match != null && match.verdict().isDuplicate() && !match.verdict().originalId().equals(article.id())) {
            Verdict verdict = match.verdict();
            if (verdict.kind() == Verdict.Kind.NEAR && policy == DedupeConfig.NearCopyPolicy.UPDATE
                    && match.sameAgency() && match.newText() >= SUBSTANTIAL_NEW_TEXT) {
                verdict = new Verdict(Verdict.Kind.REISSUE, verdict.originalId(), verdict.similarity(),
                        verdict.method(), 0, verdict.late());
            }
            return article.withVerdict(verdict, article.version());
        }
        if (version != null) {
            return article.withVerdict(version.withLate(late), version.supersedes() + 1);
        }
        return article.withVerdict(new Verdict(Verdict.Kind.NEW, article.id(), 1.0, null, 0, late), article.version());
    }
}
