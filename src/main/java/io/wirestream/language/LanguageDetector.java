package io.wirestream.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.wirestream.model.FeedItem;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Labels an item with its language: the one its source gives, else the one Apache OpenNLP's 103-language
 * detector finds in its headline and body (as a BCP 47 tag, {@code "fr"}, {@code "hi"}). Thread-safe.
 */
public final class LanguageDetector {

    /** The language the entity extractor has models for. */
    public static final String ENGLISH = "en";

    private static final String MODEL = "/langdetect-183.bin";
    /** ISO 639-3 (the model's codes) to the two-letter ISO 639-1 codes BCP 47 prefers. */
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();

    private final LanguageDetectorModel model;

    public LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " missing from the classpath");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language model " + MODEL, e);
        }
    }

    /** The item with its language: the given one kept, else detected; unchanged when there is no text. */
    public FeedItem label(FeedItem item) {
        if (item.language() != null) {
            return item;
        }
        String text = sample(item.headline() + "\n\n" + item.body());
        return text.isBlank() ? item : item.withLanguage(detect(text));
    }

    /**
     * Characters of an item the detector reads. Its cost grows with the text (every character n-gram
     * is scored) while its answer settles within a few hundred characters: on whole wire stories it
     * took more time than the rest of parse and clean together.
     */
    static final int SAMPLE_CHARS = 500;

    /** The text's first {@link #SAMPLE_CHARS} characters, cut at a space so no word is halved. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    /**
     * The most likely language of {@code text} as a BCP 47 tag, or {@code null} when the text is too
     * short or the model too unsure to say: a headline alone ("Michael Jordan buys stake in team")
     * scores as Afrikaans as readily as English, and skipping entity extraction on a wrong guess
     * costs more than running it on a foreign text.
     */
    public String detect(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long latin = text.codePoints().filter(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        // LanguageDetectorME keeps no state between calls, but is cheap: one per call keeps this thread-safe.
        Language best = new LanguageDetectorME(model).predictLanguage(text);
        // Another script says much on its own; a few Latin words say little, and many languages share them.
        if (latin * 2 > letters && (letters < MIN_LETTERS || best.getConfidence() < MIN_CONFIDENCE)) {
            return null;
        }
        String code = best.getLang();
        return TWO_LETTER.getOrDefault(code, code);
    }

    /** Fewer Latin letters than this say too little about their language. */
    static final int MIN_LETTERS = 40;
    /** A best guess for Latin-script text below this confidence is no answer. */
    static final double MIN_CONFIDENCE = 0.3;

    /** Whether the extract stage has named-entity models for {@code language}: English only. */
    public static boolean hasEntityModel(String language) {
        return language == null || language.equals(ENGLISH) || language.startsWith(ENGLISH + "-");
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code: the model cannot name it either
            }
        }
        // The model's codes for macro-languages and scripts where they differ from the JDK's.
        codes.put("cmn", "zh");
        codes.put("zho", "zh");
        codes.put("pes", "fa");
        codes.put("zsm", "ms");
        return Map.copyOf(codes);
    }
}
