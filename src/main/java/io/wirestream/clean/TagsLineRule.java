package io.wirestream.clean;

import java.util.regex.Pattern;

/** Removes a leftover "Tags: ..." paragraph from the body. */
public final class TagsLineRule implements CleanRule {

    private static final Pattern TAGS = Pattern.compile("^(?:tags|tagged|tagged with|topics|keywords)\\s?:.*",
            Pattern.DOTALL);
    private static final int MAX_WORDS = 80;

    @Override
    public String name() {
        return "tags-line";
    }

    @Override
    public void apply(Draft draft) {
        for (int i = draft.paragraphs().size() - 1; i >= 0; i--) {
            String p = draft.paragraphs().get(i);
            if (Texts.wordCount(p) <= MAX_WORDS && TAGS.matcher(Texts.fold(p)).matches()) {
                draft.removeParagraph(i, name());
            }
        }
    }
}
