package io.wirestream.cli;

import io.wirestream.extract.EntityRecognizers;
import io.wirestream.extract.ExtractConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which named-entity engines the extract stage runs, for the commands that run it. */
final class NerOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--ner-engine", defaultValue = EntityRecognizers.CORENLP_CRF,
            description = "NER engine for ordinary text: corenlp-crf or corenlp-crf-caseless (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--ner-odd-case-engine", defaultValue = EntityRecognizers.CORENLP_CRF_CASELESS,
            description = "NER engine for ALL CAPS and Title Case sentences: corenlp-crf, corenlp-crf-caseless or none "
                    + "(default: ${DEFAULT-VALUE}).")
    String oddCaseEngine;

    @Option(names = "--ner-cache-size", defaultValue = "100000",
            description = "Sentences whose entities are cached, so repeated paragraphs skip the model; 0 turns it off "
                    + "(default: ${DEFAULT-VALUE}).")
    long cacheSize;

    ExtractConfig config() {
        try {
            return new ExtractConfig(engine, oddCaseEngine, cacheSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage());
        }
    }
}
