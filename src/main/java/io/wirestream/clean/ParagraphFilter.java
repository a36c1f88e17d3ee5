package io.wirestream.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * A clean rule that judges paragraphs one at a time, as Lucene's {@code FilteringTokenFilter}
 * judges tokens with one {@code accept()}: a subclass says what of a paragraph goes and how
 * sure it is, and this class does the removing and the recording.
 */
public abstract class ParagraphFilter implements CleanRule {

    /**
     * What to take out of paragraph {@code index}: {@link Cut#KEEP} to keep it whole. Every
     * paragraph is judged on the draft as it stood before this rule, so a judgement may look
     * at its neighbours without seeing its own rule's earlier removals.
     */
    protected abstract Cut judge(List<String> paragraphs, int index);

    /**
     * Every paragraph's judgement, in order; a filter whose judgements share work (each looks at
     * its neighbours' evidence) computes them together here.
     */
    protected List<Cut> judgeAll(List<String> paragraphs) {
        List<Cut> cuts = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            cuts.add(judge(paragraphs, i));
        }
        return cuts;
    }

    @Override
    public final void apply(Draft draft) {
        List<Cut> cuts = judgeAll(draft.paragraphs());
        if (cuts.stream().allMatch(Cut::keeps)) {
            return;
        }
        int mark = draft.removalCount();
        // back to front, so that a removal does not shift the paragraphs still to be cut
        for (int i = cuts.size() - 1; i >= 0; i--) {
            Cut cut = cuts.get(i);
            if (cut.keeps()) {
                continue;
            }
            String text = draft.paragraphs().get(i);
            int to = Math.min(cut.to(), text.length());
            if (cut.from() == 0 && to == text.length()) {
                draft.removeParagraph(i, name(), cut.score());
            } else {
                draft.cutParagraph(i, cut.from(), to, name(), cut.score());
            }
        }
        draft.reverseRemovalsSince(mark);
    }

    /**
     * Characters {@code from} to {@code to} of a paragraph are to go, with evidence {@code score}
     * between 0 and 1.
     */
    public record Cut(int from, int to, double score) {

        /** Nothing goes. */
        public static final Cut KEEP = new Cut(0, 0, 0.0);

        public Cut {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("bad cut [" + from + ", " + to + ")");
            }
            if (!(score >= 0.0 && score <= 1.0)) {
                throw new IllegalArgumentException("score must be in [0, 1], was " + score);
            }
        }

        /** Whether nothing goes. */
        public boolean keeps() {
            return to == from;
        }

        /** The whole paragraph goes. */
        public static Cut whole(double score) {
            return new Cut(0, Integer.MAX_VALUE, score);
        }

        /** Everything from character {@code from} to the end goes. */
        public static Cut tail(int from, double score) {
            return new Cut(from, Integer.MAX_VALUE, score);
        }
    }
}
