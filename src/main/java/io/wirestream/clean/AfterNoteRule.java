package io.wirestream.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.wirestream.text.Agencies;

/**
 * Removes the page furniture a portal prints after its note that the copy came from a feed ("This report is
 * auto-generated from PTI news service..."): promotions, share and subscribe prompts, headings of other pages.
 * The note closes the agency's copy, so a line after it that does not read as a sentence is the page's, not
 * the story's. Runs before {@link DisclaimerRule}, which then takes the note itself.
 *
 * <p>Only a note in the back half of the page counts (one at the top says nothing of what follows it), and
 * after it only lines that are not prose go: a line ending like a sentence, a tags line, or one naming an
 * agency (a credit) is left to the rules that know it.
 */
public final class AfterNoteRule extends ParagraphFilter {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)\\]]$");
    private static final Pattern TAGS = Pattern.compile("^(?:tags|tagged|tagged with|topics|keywords)\\s?:.*",
            Pattern.DOTALL);
    /** Evidence of a line after the note: less than the note's own, which is read, not inferred. */
    static final double SCORE = 0.8;

    private final DisclaimerRule notes;
    private final Agencies agencies;

    public AfterNoteRule(DisclaimerRule notes) {
        this(notes, Agencies.standard());
    }

    AfterNoteRule(DisclaimerRule notes, Agencies agencies) {
        this.notes = Objects.requireNonNull(notes, "notes");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
    }

    @Override
    public String name() {
        return "after-note";
    }

    @Override
    protected List<Cut> judgeAll(List<String> paragraphs) {
        List<Cut> cuts = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            cuts.add(Cut.KEEP);
        }
        int note = -1;
        for (int i = paragraphs.size() - 2; i >= 1 && i >= paragraphs.size() / 2; i--) {
            if (notes.isWholeNote(paragraphs, i)) {
                note = i;
                break;
            }
        }
        if (note < 0) {
            return cuts;
        }
        for (int i = note + 1; i < paragraphs.size(); i++) {
            if (!keeps(paragraphs.get(i))) {
                cuts.set(i, Cut.whole(SCORE));
            }
        }
        return cuts;
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        return judgeAll(paragraphs).get(index);
    }

    private boolean keeps(String p) {
        String s = p.strip();
        return SENTENCE_END.matcher(s).find() || TAGS.matcher(Texts.fold(s)).matches() || agencies.find(s) != null;
    }
}
