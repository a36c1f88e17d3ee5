package io.wirestream.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the newsroom staff trailer at the end of a story ("Reporting by A; Editing by B", "Writing by C",
 * "Compiled by D", "AP writer E in Paris contributed to this report."): a credit for the desk, not story text.
 * Also the wire's own end marks: a line "(END)", "END", "Enditem", "-0-" or "###", AFP's desk codes
 * ("ljm/dm/jj"), AP's transmission line ("AP-NY-11-19-95 2214EST"), and "Enditem" or "(END)" closing the last
 * paragraph.
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

    /**
     * "Associated Press writer Jane Doe in Paris contributed to this report.", after AP's "Taxin reported from
     * Santa Ana, California." where the writer filed from elsewhere.
     */
    private static final Pattern CONTRIBUTED = Pattern.compile("^(?:[^!?\\n]{3,200}?\\breported from\\b[^!?\\n]{2,100}?\\.\\s+)?"
            + "(?:[^.!?\\n]|(?<=\\s\\p{Lu})\\.(?=\\s\\p{Lu}))"
            + "{3,300}?\\b(?i:contributed(?: reporting| to reporting)?(?: to| for)? (?:this|the) (?:report|story|article))\\.?$");
    /** A wire's end of story on a line of its own. */
    private static final Pattern END_LINE = Pattern.compile("(?i:\\(?end\\)?|-+\\s?end\\s?-+|enditem|-0-|#{3}|_{3,})"
            + "|\\p{Ll}{2,4}(?:-\\p{Ll}{2,4})*(?:/\\p{Ll}{2,4}(?:-\\p{Ll}{2,4})*){1,4}|AP-[A-Z]{2}-\\d{2}-\\d{2}-\\d{2,4}\\s+\\d{3,4}[A-Z]{3}");
    /** The same mark closing the last paragraph ("... along the railway. Enditem"). */
    private static final Pattern END_OF_PARAGRAPH = Pattern.compile("(?<=[.!?\"”’)])\\s+(?:Enditem|ENDITEM|\\(END\\))$");

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
        if (p.length() <= 400 && (TRAILER.matcher(p).matches() || END_LINE.matcher(p).matches()
                || CONTRIBUTED.matcher(p).matches())) {
            return Cut.whole(1.0);
        }
        if (index != paragraphs.size() - 1) {
            return Cut.KEEP;
        }
        String last = paragraphs.get(index);
        int lineBreak = last.stripTrailing().lastIndexOf('\n');
        if (lineBreak > 0 && END_LINE.matcher(last.substring(lineBreak + 1).strip()).matches()) {
            return Cut.tail(lineBreak, 1.0); // a body whose lines were not split: "--IANS\nsk/vd"
        }
        Matcher end = END_OF_PARAGRAPH.matcher(last);
        return end.find() ? Cut.tail(end.start(), 1.0) : Cut.KEEP;
    }
}
