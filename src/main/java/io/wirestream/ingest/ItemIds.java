package io.wirestream.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Derives a stable item id from the content when neither the envelope nor the record key gives one. */
final class ItemIds {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ItemIds() {
    }

    /** {@code "ws-"} and the first 16 hex digits of SHA-256 over the normalised headline and body. */
    static String derive(String headline, List<String> paragraphs) {
        StringBuilder text = new StringBuilder(normalise(headline));
        for (String paragraph : paragraphs) {
            text.append('\n').append(normalise(paragraph));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "ws-" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"');
        return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
