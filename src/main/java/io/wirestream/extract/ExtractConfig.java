package io.wirestream.extract;

import java.util.Locale;
import java.util.Objects;

/**
 * How the extract stage recognises entities; validated here, once, naming the option.
 *
 * @param engine        engine for ordinary text, by name ({@link EntityRecognizers#names()})
 * @param oddCaseEngine engine for ALL CAPS and Title Case sentences, or {@code "none"} to find
 *                      entities there only where the rest of the article names them
 * @param cacheSize     most sentences whose engine answer is kept; 0 turns the cache off
 */
public record ExtractConfig(String engine, String oddCaseEngine, long cacheSize) {

    public ExtractConfig {
        // Names are matched case-insensitively here, once; EntityRecognizers then sees canonical names only.
        engine = Objects.requireNonNull(engine, "engine").strip().toLowerCase(Locale.ROOT);
        oddCaseEngine = Objects.requireNonNull(oddCaseEngine, "oddCaseEngine").strip().toLowerCase(Locale.ROOT);
        if (!EntityRecognizers.names().contains(engine) || EntityRecognizers.NONE.equals(engine)) {
            throw new IllegalArgumentException("--ner-engine must be one of " + EntityRecognizers.names()
                    + " other than none, was '" + engine + "'");
        }
        if (!EntityRecognizers.names().contains(oddCaseEngine)) {
            throw new IllegalArgumentException("--ner-odd-case-engine must be one of " + EntityRecognizers.names()
                    + ", was '" + oddCaseEngine + "'");
        }
        if (cacheSize < 0) {
            throw new IllegalArgumentException("--ner-cache-size must be >= 0, was " + cacheSize);
        }
    }

    /** CoreNLP's CRF, its caseless model for odd casing, and 100,000 cached sentences. */
    public static ExtractConfig defaults() {
        return new ExtractConfig(EntityRecognizers.CORENLP_CRF, EntityRecognizers.CORENLP_CRF_CASELESS, 100_000);
    }

    public ExtractConfig withCacheSize(long size) {
        return new ExtractConfig(engine, oddCaseEngine, size);
    }

    public ExtractConfig withOddCaseEngine(String name) {
        return new ExtractConfig(engine, name, cacheSize);
    }
}
