package io.wirestream.clean;

import io.wirestream.text.Agencies;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a trailing agency credit ("(ANI/Sputnik)", "(PTI)", "-- Reuters") off the end of the
 * last paragraph and makes it the article's credit.
 */
public final class CreditLineRule implements CleanRule {

    private static final Pattern BRACKETED = Pattern.compile("(?:^|\\s)(?<credit>[(\\[]\\s*(?<names>[^()\\[\\]\\n]{2,60}?)\\s*[)\\]])\\.?\\s*$");
    private static final Pattern DASHED = Pattern.compile("(?:^|\\s)(?<credit>(?:--|—|–)\\s*(?<names>[\\p{L} /&,]{2,60}?))\\.?\\s*$");
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
        String p = draft.paragraphs().get(last);
        String tail = p.length() > 200 ? p.substring(p.length() - 200) : p;
        int offset = p.length() - tail.length();
        for (Pattern pattern : new Pattern[] {BRACKETED, DASHED}) {
            Matcher m = pattern.matcher(tail);
            if (m.find() && agencyLike(m.group("names"))) {
                draft.credit(SEPARATOR.matcher(m.group("names").strip()).replaceAll("/"));
                draft.cutParagraph(last, offset + m.start("credit"), name());
                return;
            }
        }
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
