package io.wirestream.clean;

import io.wirestream.text.Agencies;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a trailing agency credit ("(ANI/Sputnik)", "(PTI)", "-- Reuters", "PTI ABC DEF", or a last line that is
 * only the agency's name, "Reuter") off the end of the last paragraph and makes it the article's credit. The
 * desk's codes after a credit (PTI's staff initials "PTI SKL RT", IANS's "sk/vd" on a line of their own) go with
 * it: they name who handled the copy.
 */
public final class CreditLineRule implements CleanRule {

    private static final Pattern BRACKETED = Pattern.compile("(?:^|\\s)(?<credit>[(\\[]\\s*(?<names>[^()\\[\\]\\n]{2,60}?)\\s*[)\\]])\\.?\\s*$");
    private static final Pattern DASHED = Pattern.compile("(?:^|\\s)(?<credit>(?:--|—|–)\\s*(?<names>[\\p{L} /&,]{2,60}?))\\.?\\s*$");
    /** "PTI SKL RT": an agency, then its desk's initials, in capitals, ending the story. */
    private static final Pattern WITH_DESK_CODES = Pattern.compile(
            "(?:^|\\s)(?<credit>(?<names>\\p{Lu}[\\p{L}]{1,30})(?:\\s+\\p{Lu}{2,4}){1,6})\\.?\\s*$");
    /** A last line of desk codes alone: "RT", "ZMN RT", "sk/vd", "ksk/arm". */
    private static final Pattern DESK_CODES = Pattern.compile("\\p{Lu}{2,4}(?:\\s+\\p{Lu}{2,4}){0,4}|\\p{Ll}{2,4}(?:/\\p{Ll}{2,4}){1,3}");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:/|,|&|\\band\\b)\\s*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private final Agencies agencies;

    public CreditLineRule() {
        this(Agencies.standard());
    }

    CreditLineRule(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public String name() {
        return "credit-line";
    }

    @Override
    public void apply(Draft draft) {
        int last = draft.paragraphs().size() - 1;
        if (last < 0) {
            return;
        }
        String lastParagraph = draft.paragraphs().get(last).strip();
        // "PTI SH ZH ZH" is a credit with its codes, not codes alone: its first word is the agency.
        boolean codesAlone = last > 0 && bareAgency(lastParagraph) == null
                && agencies.canonical(lastParagraph.split("\\s+", 2)[0]) == null
                && DESK_CODES.matcher(lastParagraph).matches();
        int creditAt = codesAlone ? last - 1 : last;
        String p = draft.paragraphs().get(creditAt);
        // The agency's signature on a line of its own, as wire copy of every decade ends: "Reuter", "UPI".
        String credit = bareAgency(p);
        int from = 0;
        // The same signature as the last line of a paragraph a feed did not split: "... 150 mln dlrs.\n Reuter".
        int lastLine = p.stripTrailing().lastIndexOf('\n');
        if (credit == null && lastLine > 0) {
            credit = bareAgency(p.substring(lastLine + 1));
            from = credit == null ? 0 : lastLine;
        }
        if (credit == null) {
            String tail = p.length() > 200 ? p.substring(p.length() - 200) : p;
            for (Pattern pattern : new Pattern[] {BRACKETED, DASHED, WITH_DESK_CODES}) {
                Matcher m = pattern.matcher(tail);
                if (m.find() && (pattern == WITH_DESK_CODES ? agencies.canonical(m.group("names")) != null
                        : agencyLike(m.group("names")))) {
                    String names = pattern == WITH_DESK_CODES ? agencies.canonical(m.group("names")) : m.group("names");
                    credit = SEPARATOR.matcher(names.strip()).replaceAll("/");
                    from = p.length() - tail.length() + m.start("credit");
                    break;
                }
            }
        }
        if (credit == null) {
            return; // and a codes line stays: without a credit before it, "RT" may be the story's own last word
        }
        if (codesAlone) {
            draft.removeParagraph(last, name());
        }
        draft.credit(credit);
        draft.cutParagraph(creditAt, from, name());
    }

    /** The agency a paragraph names and nothing else, or {@code null}. */
    private String bareAgency(String paragraph) {
        String p = paragraph.strip();
        return p.length() <= 40 ? agencies.canonical(p) : null;
    }

    /** Every name is a known agency or an agency-style acronym, and at least one is known. */
    private boolean agencyLike(String names) {
        boolean known = false;
        for (String name : SEPARATOR.split(names.strip())) {
            if (name.isBlank()) {
                return false;
            }
            if (agencies.canonical(name) != null) {
                known = true;
            } else if (!ACRONYM.matcher(name.strip()).matches()) {
                return false;
            }
        }
        return known;
    }
}
