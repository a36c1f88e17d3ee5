package io.wirestream.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import io.wirestream.model.Article;
import io.wirestream.text.Words;

/**
 * The exact-content fingerprint: a SHA-256 of the cleaned body with case, punctuation and
 * spacing normalised away, so the same agency copy scraped by two portals hashes the same.
 *
 * <p>The headline is left out on purpose: portals often rewrite it over an untouched agency
 * body. An item with no body falls back to its headline.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    /** The article with its {@code contentHash} set. */
    public static Article apply(Article article) {
        return article.withContentHash(of(article));
    }

    /** 32 hex characters (128 bits) of SHA-256 over the normalised body, or headline if no body. */
    public static String of(Article article) {
        String text = article.body().isBlank() ? article.headline() : article.body();
        return hash(normalise(text));
    }

    /**
     * The fingerprint of one version of an article: headline and body. Two sends of one id
     * are the same version only when both are unchanged; a corrected headline is an update.
     */
    public static String ofVersion(Article article) {
        return hash(normalise(article.headline()) + "\n" + normalise(article.body()));
    }

    /** Unicode-normalised, lower-cased, words separated by single spaces. */
    static String normalise(String text) {
        // ASCII is its own NFKC form, and most wire copy is ASCII: skip the normaliser's own scan.
        String nfkc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Words.joined(nfkc.toLowerCase(Locale.ROOT));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
