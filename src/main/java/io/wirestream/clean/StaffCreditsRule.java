package io.wirestream.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the newsroom staff trailer at the end of a story ("Reporting by A; Editing by B",
 * "Writing by C", "Compiled by D"): a credit for the desk, not story text.
 */
public final class StaffCreditsRule extends ParagraphFilter {

    /** Only the last few paragraphs can be the trailer; earlier ones are story text. */
    private static final int TAIL = 3;
    private static final String VERB = "(?iu:(?:additional\\s+)?(?:reporting|writing|editing|edited|compiled|produced|"
            + "graphics|research|fact[- ]checked)(?:\\s+and\\s+(?:reporting|writing|editing))?\\s+by)";
    /** Capitalised names, with the few lower-case words a staff line joins them with. */
    private static final String NAMES = "(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*"
            + "|in|and|at|from|de|da|van|von|al|el|bin|desk|staff|team|bureau))*";
    private static final Pattern TRAILER = Pattern.compile(
            "^\\(?\\s*" + VERB + "\\s+" + NAMES + "(?:\\s*[;,]\\s*" + VERB + "\\s+" + NAMES + ")*\\s*\\)?\\.?$");

    @Override
    public String name() {
        return "staff-credits";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        if (index < paragraphs.size() - TAIL) {
            return Cut.KEEP;
        }
        String p = paragraphs.get(index).strip();
        return p.length() <= 400 && TRAILER.matcher(p).matches() ? Cut.whole(1.0) : Cut.KEEP;
    }
}
