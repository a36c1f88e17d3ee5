package io.wirestream.clean;

import io.wirestream.text.Agencies;
import io.wirestream.text.RulePacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the publisher's note that a story came unedited from an agency or syndicated feed, or
 * that the publisher takes no responsibility for it, recognised by meaning: each sentence is
 * scored on cue sets (source, process, disclaimer, a reference to the page itself, a label)
 * wherever it stands in its paragraph, so wordings never seen before are still found; a sentence holding a
 * phrase listed in {@code disclaimers.txt} (bundled empty, extended by a rule pack) is one outright.
 */
public final class DisclaimerRule extends ParagraphFilter {

    private static final Pattern SOURCE = cue("(?:news |wire |press )?agenc(?:y|ies)|newswires?|wire services?|wires?"
            + "|syndicat(?:ed|ion)|(?:rss |news |wire |automated |agency )?feeds?|news services?|third[- ]party"
            + "|external sources?|content partners?");
    private static final Pattern PROCESS = cue("auto[- ]?(?:generated|published|publish|posted|fed|ingested)"
            + "|automatic(?:ally)? (?:generated|published|posted|ingested|carried|fed)|(?:published|posted|ingested) automatically"
            + "|automated|unedited|un-edited|verbatim|as received|as is|as it is|reworked|republished|without (?:any )?(?:edit(?:s|ing)?"
            + "|changes?|modifications?|alterations?)|(?:has|have|had|was|were|is|are)(?: not|n't)(?: been)? (?:edited|modified|reviewed"
            + "|checked|changed|altered|rewritten)|(?:published|posted|carried|sourced|taken|generated|supplied|received|comes?|came)"
            + " (?:directly )?(?:from|via|through|by) (?:an? |the )?(?:[\\p{L}-]+ )?(?:[\\p{L}-]+ )?(?:agenc(?:y|ies)|wires?"
            + "|syndicated|feeds?|newswires?|wire services?)");
    private static final Pattern STRONG_DISCLAIMER = cue("disclaimers?|responsib(?:le|ility)|liab(?:le|ility)|accountable"
            + "|endorse(?:s|ment)?|(?:do|does) not (?:necessarily )?reflect|views expressed|opinions expressed|bear no|takes? no"
            + "|only the headlines?|headline and (?:picture|image|photo)|may have been");
    private static final Pattern WEAK_DISCLAIMER = cue("staff|editors?|editorial(?: team| desk| staff)?|newsroom|journalists?|desk");
    private static final Pattern SELF = cue("this (?:story|article|report|copy|post|news|item|content|piece|page|material"
            + "|text|write-up|news item|bulletin|wire story|feed)|this is an? (?:[\\p{L}-]+ )?(?:story|article|report|copy)"
            + "|the above|on this (?:page|site|website)|(?:this|our) (?:site|website|portal|publication)"
            + "|our (?:staff|editors|editorial|newsroom|team|site|journalists|desk)|the rest of the content");
    /** Words that carry a disclaimer on into its next sentence ("Nothing in it was edited."). */
    private static final Pattern MORE_OF_NOTE = cue("edit(?:ed|ing|or|ors)?|modifi(?:ed|cations?)|changed|altered|reviewed"
            + "|reproduc(?:ed|tion)|contents?|copy|text|headline");
    /** A reference that may be to the page, or to anything else: "the content", "the story". */
    private static final Pattern WEAK_SELF = cue("the (?:content|contents|story|article|report|copy|post)");
    private static final Pattern LABEL = Pattern.compile("^[(\\[\\s]*(?:disclaimer|note|editor'?s note|n\\.b\\.|nb)\\s*[:\\-|]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;][)\"”’\\]]{0,3})\\s+(?=[(\\[\"“‘]?[\\p{Lu}\\p{N}(])");
    private static final Agencies AGENCIES = Agencies.standard();

    private static final List<String> TRIGGERS = List.of("edited", "editor", "editing", "edit ", "auto", "feed", "agenc",
            "wire", "syndicat", "disclaim", "responsib", "liab", "headline", "verbatim", "as received", "rework", "republish",
            "modif", "views", "endorse", "accountable", "third-party", "third party", "content partner", "supplied", "sourced");
    static final double THRESHOLD = 0.6;
    private static final int MAX_SENTENCE_WORDS = 70;
    private static final int MAX_NOTE_WORDS = 60;

    /** The listed phrases, as patterns over folded text that match whole words. */
    private final List<Pattern> listed;

    /** The rule with the bundled {@code disclaimers.txt}. */
    public DisclaimerRule() {
        this(RulePacks.bundled());
    }

    /** The rule with the bundled {@code disclaimers.txt} and a newsroom's pack of it. */
    public DisclaimerRule(RulePacks packs) {
        List<Pattern> phrases = new ArrayList<>();
        for (String entry : packs.lines(DisclaimerRule.class, "disclaimers.txt")) {
            phrases.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Texts.phrase(Texts.fold(entry)).pattern()
                    + "(?![\\p{L}\\p{N}])"));
        }
        this.listed = List.copyOf(phrases);
    }

    @Override
    public String name() {
        return "disclaimer";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        String p = paragraphs.get(index);
        if (p.length() > 5000 || !mayHoldNote(p.toLowerCase(Locale.ROOT)) && !isListed(p)) {
            return Cut.KEEP;
        }
        List<int[]> sentences = sentences(p);
        if (Texts.wordCount(p) <= MAX_NOTE_WORDS && allNote(p, sentences)) {
            double whole = scoreWithList(p); // a short note may spread its cues over two sentences
            if (whole >= THRESHOLD) {
                return Cut.whole(whole);
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            int[] span = sentences.get(s);
            double score = scoreWithList(p.substring(span[0], span[1]));
            if (score >= THRESHOLD) {
                // the sentences after it go with it when they are more of the note, or ours to judge no further
                int end = span[1];
                for (int t = s + 1; t < sentences.size(); t++) {
                    String next = p.substring(sentences.get(t)[0], sentences.get(t)[1]);
                    if (!continuesNote(next)) {
                        break;
                    }
                    end = sentences.get(t)[1];
                }
                int from = span[0];
                if (from == 0 && end >= p.length()) {
                    return Cut.whole(score);
                }
                return new Cut(from, end, score);
            }
        }
        return Cut.KEEP;
    }

    /** Whether paragraph {@code index} is a note and nothing else, as this rule would remove it whole. */
    boolean isWholeNote(List<String> paragraphs, int index) {
        Cut cut = judge(paragraphs, index);
        return !cut.keeps() && cut.from() == 0 && cut.to() >= paragraphs.get(index).length();
    }

    /** 1 for text holding a listed phrase, else the cue sets' {@link #score}. */
    private double scoreWithList(String text) {
        return isListed(text) ? 1.0 : score(text);
    }

    private boolean isListed(String text) {
        if (listed.isEmpty()) {
            return false;
        }
        String folded = Texts.fold(text);
        for (Pattern p : listed) {
            if (p.matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The evidence, from 0 to 1, that a sentence is a publisher's disclaimer: at least two cue
     * sets, and the sentence speaks of the page itself, is labelled, or disclaims outright.
     */
    static double score(String sentence) {
        String f = Texts.fold(sentence);
        if (Texts.wordCount(f) > MAX_SENTENCE_WORDS) {
            return 0.0;
        }
        boolean process = PROCESS.matcher(f).find();
        boolean strong = STRONG_DISCLAIMER.matcher(f).find();
        boolean self = SELF.matcher(f).find();
        boolean label = LABEL.matcher(f).find();
        if (!(process || strong || label)) {
            return 0.0;
        }
        boolean weak = WEAK_DISCLAIMER.matcher(f).find();
        boolean source = SOURCE.matcher(f).find() || AGENCIES.find(sentence) != null;
        boolean weakSelf = !self && WEAK_SELF.matcher(f).find();
        int sets = (source ? 1 : 0) + (process ? 1 : 0) + (strong || weak ? 1 : 0) + (self ? 1 : 0) + (label ? 1 : 0);
        // news prose says agencies are responsible for things: it takes the page speaking of itself,
        // a label, or a disclaimer of what was done to the copy
        if (sets < 2 || !(self || label || strong && process) || !(process || strong || label)) {
            return 0.0;
        }
        double score = (source ? 0.3 : 0) + (process ? 0.35 : 0) + (strong ? 0.3 : weak ? 0.15 : 0)
                + (self ? 0.3 : weakSelf ? 0.15 : 0) + (label ? 0.35 : 0);
        return Math.min(1.0, score);
    }

    /** A cheap test before the cue patterns: every note names what was (not) done to the copy, or where it came from. */
    private static boolean mayHoldNote(String lower) {
        for (String trigger : TRIGGERS) {
            if (lower.contains(trigger)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allNote(String p, List<int[]> sentences) {
        for (int[] span : sentences) {
            if (!continuesNote(p.substring(span[0], span[1]))) {
                return false;
            }
        }
        return true;
    }

    /** A sentence after a disclaimer is more of it when it carries any cue, or is a few words. */
    private static boolean continuesNote(String sentence) {
        String f = Texts.fold(sentence);
        return Texts.wordCount(f) <= 4 || SOURCE.matcher(f).find() || PROCESS.matcher(f).find()
                || STRONG_DISCLAIMER.matcher(f).find() || WEAK_DISCLAIMER.matcher(f).find() || SELF.matcher(f).find()
                || MORE_OF_NOTE.matcher(f).find();
    }

    /** Sentence spans: a sentence ends at . ! ? or ; before a capital, digit or an opening bracket. */
    static List<int[]> sentences(String p) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(p);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        if (start < p.length()) {
            out.add(new int[] {start, p.length()});
        }
        return out;
    }

    private static Pattern cue(String alternation) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
    }
}
