package io.wirestream.clean;

import io.wirestream.model.Article;
import io.wirestream.model.FeedItem;
import io.wirestream.text.Agencies;
import io.wirestream.text.Chrome;
import io.wirestream.text.RulePacks;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the clean rules in order over a parsed item and returns the cleaned article, with every
 * removal recorded.
 *
 * <p>{@code Cleaner.standard().clean(item)} normalises the text to NFKC once, then runs
 * related-stories, disclaimer, timestamp, inputs-line, page-chrome, tags-line, repeated-lead,
 * credit-line and headline-suffix.
 */
public final class Cleaner {

    private final List<CleanRule> rules;

    /** A cleaner running the given rules in order. */
    public Cleaner(List<CleanRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** The standard chain: trailing blocks first, then boilerplate lines, then the credit off the last paragraph. */
    public static Cleaner standard() {
        return standard(RulePacks.bundled());
    }

    /** The standard chain over the bundled word lists with a newsroom's rule packs. */
    public static Cleaner standard(RulePacks packs) {
        DisclaimerRule notes = new DisclaimerRule(packs);
        return new Cleaner(List.of(
                new RelatedStoriesRule(packs), // cut the link block first: it may hold chrome and credits of other stories
                new AfterNoteRule(notes),      // while the note still marks where the copy ends
                notes,
                new TimestampRule(),
                new InputsLineRule(),
                new PageChromeRule(packs.equals(RulePacks.bundled()) ? Chrome.standard() : Chrome.of(packs)), // after the exact rules: its context is what they leave
                new StaffCreditsRule(),
                new TagsLineRule(),
                new RepeatedLeadRule(),
                new CreditLineRule(),       // last on the body: the credit ends the story once the rest is gone
                new HeadlineSuffixRule(packs)));
    }

    /** The rules this cleaner runs, in order. */
    public List<CleanRule> rules() {
        return rules;
    }

    /** Cleans one item into a version-1 article. */
    public Article clean(FeedItem item) {
        Objects.requireNonNull(item, "item");
        List<String> paragraphs = new ArrayList<>(item.paragraphs().size());
        for (String p : item.paragraphs()) {
            String normalised = Normalizer.normalize(p, Normalizer.Form.NFKC).strip();
            if (!normalised.isEmpty()) {
                paragraphs.add(normalised);
            }
        }
        Draft draft = new Draft(Normalizer.normalize(item.headline(), Normalizer.Form.NFKC).strip(), paragraphs);
        for (CleanRule rule : rules) {
            rule.apply(draft);
        }
        return Article.cleaned(creditedAgency(item, draft.credit()), draft.paragraphs(), draft.headline(),
                draft.credit(), draft.removals());
    }

    /**
     * The item with its agency, where neither envelope, byline nor dateline named one and the story's credit
     * names one agency alone: wire copy signed "Reuter" or "(PTI)" is that agency's copy. A credit naming
     * several ("dpa/AFP/Reuters") leaves the agency unknown.
     */
    private static FeedItem creditedAgency(FeedItem item, String credit) {
        if (item.agency() != null || credit == null) {
            return item;
        }
        String agency = Agencies.standard().canonical(credit);
        return agency == null ? item : item.withAgency(agency);
    }
}
