package io.wirestream.extract;

import java.util.List;
import java.util.Objects;

/** Picks a named-entity engine by its configuration name. */
public final class EntityRecognizers {

    /** Stanford CoreNLP's CRF classifier with the CoNLL 4-class distsim model (the default). */
    public static final String CORENLP_CRF = "corenlp-crf";
    /** The same classifier with its caseless model, for headlines and ALL-CAPS text. */
    public static final String CORENLP_CRF_CASELESS = "corenlp-crf-caseless";
    /** No engine: the extractor skips odd-cased sentences instead of guessing in them. */
    public static final String NONE = "none";

    static final String CONLL_MODEL =
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String CONLL_CASELESS_MODEL =
            "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";

    private EntityRecognizers() {
    }

    /** Every name {@link #named} accepts. */
    public static List<String> names() {
        return List.of(CORENLP_CRF, CORENLP_CRF_CASELESS, NONE);
    }

    /**
      * The engine called {@code name} exactly (ExtractConfig canonicalises what users type);
     * {@code null} for {@value #NONE}.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static EntityRecognizer named(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name) {
            case CORENLP_CRF -> new CoreNlpCrfRecognizer(CORENLP_CRF, CONLL_MODEL);
            case CORENLP_CRF_CASELESS -> new CoreNlpCrfRecognizer(CORENLP_CRF_CASELESS, CONLL_CASELESS_MODEL);
            case NONE -> null;
            default -> throw new IllegalArgumentException(
                    "unknown entity engine '" + name + "'; known: " + names());
        };
    }
}
