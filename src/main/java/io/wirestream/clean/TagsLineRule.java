package io.wirestream.clean;

import java.util.List;
import java.util.regex.Pattern;

/** Removes a leftover "Tags: ..." paragraph from the body. */
public final class TagsLineRule extends ParagraphFilter {

    private static final Pattern TAGS = Pattern.compile("^(?:tags|tagged|tagged with|topics|keywords)\\s?:.*",
            Pattern.DOTALL);
    private static final int MAX_WORDS = 80;

    @Override
    public String name() {
        return "tags-line";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        String p = paragraphs.get(index);
        return Texts.wordCount(p) <= MAX_WORDS && TAGS.matcher(Texts.fold(p)).matches() ? Cut.whole(1.0) : Cut.KEEP;
    }
}
