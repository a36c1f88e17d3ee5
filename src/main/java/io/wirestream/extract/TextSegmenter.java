package io.wirestream.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into sentences of tokens with CoreNLP's PTB tokenizer and sentence splitter;
 * a blank line always ends a sentence, and over-long sentences are cut into chunks.
 */
final class TextSegmenter {

    /** Longest sentence handed to a recogniser; longer runs (lists, run-on text) are chunked. */
    static final int MAX_SENTENCE_TOKENS = 120;

    private static final String OPTIONS = "tokenizeNLs=true,untokenizable=noneKeep,invertible=false,splitHyphenated=false";
    private static final String NEWLINE = "*NL*";

    // Its fields are final and process() keeps no state, so one instance is shared.
    private static final WordToSentenceProcessor<CoreLabel> SPLITTER =
            new WordToSentenceProcessor<>(WordToSentenceProcessor.NewlineIsSentenceBreak.TWO_CONSECUTIVE);

    private TextSegmenter() {
    }

    /** The sentences of {@code text}, each a non-empty list of tokens with offsets into it. */
    static List<List<Token>> sentences(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        // A PTBTokenizer (and its factory) is not thread safe: one per call.
        List<CoreLabel> labels = new PTBTokenizer<>(new StringReader(text),
                new CoreLabelTokenFactory(), OPTIONS).tokenize();
        List<List<Token>> sentences = new ArrayList<>();
        for (List<CoreLabel> sentence : SPLITTER.process(labels)) {
            List<Token> tokens = new ArrayList<>(sentence.size());
            for (CoreLabel label : sentence) {
                if (NEWLINE.equals(label.word())) {
                    continue;
                }
                int start = label.beginPosition();
                int end = label.endPosition();
                if (start < 0 || end > text.length() || end <= start) {
                    continue;
                }
                tokens.add(new Token(label.word(), start, end));
                if (tokens.size() == MAX_SENTENCE_TOKENS) {
                    sentences.add(tokens);
                    tokens = new ArrayList<>();
                }
            }
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
        }
        return sentences;
    }
}
