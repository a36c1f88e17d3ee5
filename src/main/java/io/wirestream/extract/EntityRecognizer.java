package io.wirestream.extract;

import java.util.List;

/**
 * A named-entity engine: typed spans for one tokenised sentence.
 *
 * <p>Implementations are shared by every stream thread, so {@link #recognize} must be safe to
 * call concurrently, and must give the same answer for the same words every time (the
 * extractor caches it by sentence). Engines are chosen by name through
 * {@link EntityRecognizers#named(String)}.
 */
public interface EntityRecognizer {

    /** The configuration name of this engine, e.g. {@code "corenlp-crf"}. */
    String name();

    /**
     * Finds entities in one sentence.
     *
     * @param sentence tokens in text order; offsets may start anywhere
     * @return spans in the tokens' offsets, each starting at a token start and ending at a
     *     token end, in text order, not overlapping
     */
    List<EntitySpan> recognize(List<Token> sentence);
}
