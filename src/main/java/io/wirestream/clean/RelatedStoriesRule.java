package io.wirestream.clean;

import io.wirestream.text.RulePacks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Removes a "Related Stories" heading (and its kin in {@code related-stories.txt}) and the links after it. */
public final class RelatedStoriesRule implements CleanRule {

    /** "Also Read: Another headline" or "Read more | Another headline", a link put inside the story. */
    private static final Pattern INLINE_LINK = Pattern.compile(
            "^(?:also read|read also|also see|see also|read more|also watch)\\s*[:|\\-]\\s*\\S.*$");
    private static final int MAX_LABEL_WORDS = 2;
    private static final int PROSE_WORDS = 25;

    private final List<Pattern> strong;
    private final List<Pattern> weak;

    /** The rule over the bundled headings. */
    public RelatedStoriesRule() {
        this(RulePacks.bundled());
    }

    /** The rule over the bundled headings with a newsroom's {@code related-stories.txt} pack. */
    public RelatedStoriesRule(RulePacks packs) {
        List<Pattern> strongs = new ArrayList<>();
        List<Pattern> weaks = new ArrayList<>();
        for (String entry : packs.lines(RelatedStoriesRule.class, "related-stories.txt")) {
            boolean isWeak = entry.startsWith("?");
            String phrase = Texts.fold(isWeak ? entry.substring(1) : entry);
            // a short section label may stand in front: "International Related Stories"
            Pattern p = Pattern.compile("(?:[\\p{L}\\p{N}&'-]+ ){0," + MAX_LABEL_WORDS + "}"
                    + Texts.phrase(phrase).pattern());
            (isWeak ? weaks : strongs).add(p);
        }
        this.strong = List.copyOf(strongs);
        this.weak = List.copyOf(weaks);
    }

    @Override
    public String name() {
        return "related-stories";
    }

    @Override
    public void apply(Draft draft) {
        List<String> paragraphs = draft.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (p.length() > 80) {
                if (p.length() < 300 && isInlineLink(p)) {
                    draft.removeParagraph(i--, name());
                }
                continue;
            }
            String folded = Texts.foldTrimmed(p);
            boolean isStrong = matchesAny(strong, folded);
            boolean isWeak = !isStrong && matchesAny(weak, folded);
            if ((isStrong || isWeak) && i > 0 && (isStrong || !proseFollows(paragraphs, i + 1))) {
                draft.removeFrom(i, name());
                return;
            }
            if (isStrong || isWeak || isInlineLink(p)) {
                draft.removeParagraph(i--, name()); // a heading with no story before it, or a link mid-story
            }
        }
    }

    private static boolean isInlineLink(String paragraph) {
        String folded = Texts.fold(paragraph);
        return INLINE_LINK.matcher(folded).matches() && !folded.endsWith(".");
    }

    private static boolean proseFollows(List<String> paragraphs, int from) {
        for (int i = from; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            if (Texts.wordCount(p) >= PROSE_WORDS && p.matches("(?s).*[.!?\"”]$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(List<Pattern> patterns, String folded) {
        for (Pattern p : patterns) {
            if (p.matcher(folded).matches()) {
                return true;
            }
        }
        return false;
    }
}
