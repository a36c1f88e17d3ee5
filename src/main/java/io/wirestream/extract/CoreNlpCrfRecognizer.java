package io.wirestream.extract;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.MaxSizeConcurrentHashSet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Stanford CoreNLP's CRF sequence classifier behind {@link EntityRecognizer}.
 *
 * <p>The model is read from the classpath once per process, on first use (the extractor
 * makes that its construction), and one instance
 * is shared by all threads. That is how CoreNLP itself runs it ({@code ner.nthreads}, and
 * {@code classifyAndWriteAnswers}' {@code MulticoreWrapper} whose {@code newInstance()}
 * returns the same classifier): classification reads the weights and feature index and
 * writes only to the token list it builds per call. The one shared structure it may write,
 * the known-lowercase-words set, is frozen at load (see {@link #freezeKnownWords}) so answers
 * never depend on what was classified before, which also keeps the sentence cache exact.
 *
 * <p>Calls {@link CRFClassifier#classifySentence}, which runs the feature preprocessing
 * (word shapes) that {@code classify(List)} skips.
 */
final class CoreNlpCrfRecognizer implements EntityRecognizer {

    private static final Map<String, CRFClassifier<CoreLabel>> MODELS = new ConcurrentHashMap<>();

    private final String name;
    private final String modelResource;

    CoreNlpCrfRecognizer(String name, String modelResource) {
        this.name = Objects.requireNonNull(name, "name");
        this.modelResource = Objects.requireNonNull(modelResource, "modelResource");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<EntitySpan> recognize(List<Token> sentence) {
        if (sentence.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> input = new ArrayList<>(sentence.size());
        for (Token t : sentence) {
            CoreLabel label = new CoreLabel();
            label.setWord(t.word());
            label.setValue(t.word());
            label.setOriginalText(t.word());
            input.add(label);
        }
        List<CoreLabel> output = model().classifySentence(input);
        List<EntitySpan> spans = new ArrayList<>();
        int runStart = -1;
        EntitySpan.Label runLabel = null;
        double runConfidence = 1;
        for (int i = 0; i <= output.size(); i++) {
            EntitySpan.Label label = null;
            if (i < output.size() && !isBreak(sentence.get(i).word())) {
                label = labelOf(output.get(i).get(CoreAnnotations.AnswerAnnotation.class));
            }
            if (label != runLabel) {
                if (runLabel != null) {
                    spans.add(new EntitySpan(sentence.get(runStart).start(), sentence.get(i - 1).end(), runLabel,
                            runConfidence));
                }
                runStart = i;
                runLabel = label;
                runConfidence = 1;
            }
            if (label != null) {
                runConfidence = Math.min(runConfidence, confidence(output.get(i)));
            }
        }
        return spans;
    }

    /**
     * The marginal probability of the token's answer, which Viterbi decoding in {@code classifyMaxEnt}
     * sets from the clique tree it already built: no second pass. 1 when absent (another decoder);
     * kept inside (0, 1] against rounding.
     */
    private static double confidence(CoreLabel token) {
        Double p = token.get(CoreAnnotations.AnswerProbAnnotation.class);
        return p == null || p.isNaN() ? 1 : Math.max(1e-9, Math.min(1, p));
    }

    /** Tokens that end an entity run even when the model labels them inside one ("ANI/Sputnik"). */
    private static boolean isBreak(String word) {
        return switch (word) {
            case "/", ",", ";", ":", "(", ")", "-LRB-", "-RRB-", "\"", "``", "''", "|", "--" -> true;
            default -> false;
        };
    }

    private static EntitySpan.Label labelOf(String answer) {
        if (answer == null) {
            return null;
        }
        // The CoNLL models answer in IO encoding; strip a B-/I- prefix should another model use it.
        String a = answer.length() > 2 && answer.charAt(1) == '-' ? answer.substring(2) : answer;
        return switch (a) {
            case "PERSON", "PER" -> EntitySpan.Label.PERSON;
            case "ORGANIZATION", "ORG" -> EntitySpan.Label.ORGANISATION;
            case "LOCATION", "LOC" -> EntitySpan.Label.PLACE;
            case "MISC" -> EntitySpan.Label.MISC;
            default -> null;
        };
    }

    private CRFClassifier<CoreLabel> model() {
        CRFClassifier<CoreLabel> model = MODELS.get(modelResource);
        return model != null ? model : MODELS.computeIfAbsent(modelResource, CoreNlpCrfRecognizer::load);
    }

    private static CRFClassifier<CoreLabel> load(String resource) {
        InputStream raw = CoreNlpCrfRecognizer.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("NER model " + resource + " is not on the classpath;"
                    + " it is unpacked from CoreNLP's models jar by 'mvn package'");
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
            CRFClassifier<CoreLabel> model = CRFClassifier.getClassifier(in);
            freezeKnownWords(model);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot read NER model " + resource, e);
        }
    }

    /**
     * Stops the classifier from learning lowercase words at run time (models may allow it via
     * {@code maxAdditionalKnownLCWords}), which would make answers depend on history.
     */
    private static void freezeKnownWords(CRFClassifier<CoreLabel> model) {
        model.flags.maxAdditionalKnownLCWords = 0;
        Set<String> known = model.getKnownLCWords();
        if (known instanceof MaxSizeConcurrentHashSet<String> bounded) {
            bounded.setMaxSize(bounded.size());
        }
    }
}
