package io.wirestream.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.wirestream.model.Article;
import io.wirestream.model.Verdict;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gathers the bucket decisions of one article (one record per bucket, keyed by its id) and, once
 * all have come, gives the article one verdict: the earliest original any bucket found, by the
 * items' own time then id, so the answer does not depend on which bucket answered first.
 */
public final class Gather implements Processor<String, Candidate, String, Candidate> {

    /** Near copies with at least this share of new text count as substantial re-issues. */
    public static final double SUBSTANTIAL_NEW_TEXT = 0.15;

    private final String storeName;
    private final DedupeConfig config;
    private ProcessorContext<String, Candidate> context;
    private KeyValueStore<String, Candidate> partial;

    public Gather(String storeName, DedupeConfig config) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public void init(ProcessorContext<String, Candidate> context) {
        this.context = context;
        this.partial = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, Candidate> record) {
        Candidate answer = record.value();
        if (answer.article() != null) {
            List<Candidate.HeaderCopy> copies = new ArrayList<>();
            record.headers().forEach(h -> copies.add(new Candidate.HeaderCopy(h.key(), h.value())));
            answer = answer.withHeaders(copies);
        }
        String ref = answer.seen().ref();
        // The partial's `buckets` counts the answers still missing.
        Candidate sofar = partial.get(ref);
        Candidate merged = sofar == null ? new Candidate(answer.seen().withoutShingles(), answer.buckets() - 1, answer.article(),
                answer.headers(), answer.match()) : merge(sofar, answer);
        if (merged.buckets() > 0) {
            partial.put(ref, merged);
            return;
        }
        partial.delete(ref);
        Candidate decided = merged.withArticle(decide(merged.article(), merged.match()));
        context.forward(new Record<>(record.key(), decided.withHeaders(null), record.timestamp(),
                DedupeProcessor.headersOf(merged)));
    }

    private static Candidate merge(Candidate sofar, Candidate answer) {
        Article article = sofar.article() != null ? sofar.article() : answer.article();
        List<Candidate.HeaderCopy> headers = sofar.article() != null ? sofar.headers() : answer.headers();
        return new Candidate(sofar.seen(), sofar.buckets() - 1, article, headers, earliest(sofar.match(), answer.match()));
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

    private Article decide(Article article, Candidate.Match match) {
        if (match == null) {
            return article.withVerdict(new Verdict(Verdict.Kind.NEW, article.id(), 1.0), article.version());
        }
        Verdict verdict = match.verdict();
        if (verdict.kind() == Verdict.Kind.NEAR && config.nearCopyPolicy() == DedupeConfig.NearCopyPolicy.UPDATE
                && match.sameAgency() && match.newText() >= SUBSTANTIAL_NEW_TEXT) {
            verdict = new Verdict(Verdict.Kind.REISSUE, verdict.originalId(), verdict.similarity(), verdict.method(),
                    0, verdict.late());
        }
        return article.withVerdict(verdict, article.version());
    }
}
