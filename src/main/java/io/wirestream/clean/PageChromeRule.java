package io.wirestream.clean;

import io.wirestream.text.Agencies;
import io.wirestream.text.Chrome;
import io.wirestream.text.StopWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes paragraphs that are page chrome, by evidence in the way of jusText and boilerpipe:
 * length, function-word density, sentence punctuation, capitalised and link-like tokens,
 * navigation, share, app and advertising words, address to the reader and position, with a
 * listed chrome line ("Open in App") as strong evidence, then context smoothing (a paragraph
 * the evidence leaves undecided takes the side of its neighbours).
 */
public final class PageChromeRule extends ParagraphFilter {

    private static final Agencies AGENCIES = Agencies.standard();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.@/_-]*|[|»›•·►▶→#@]");
    private static final Pattern LINK = Pattern.compile("(?i)https?://|www\\.|\\.(?:com|org|net|in|pk|ng|ae|uk|co|news)\\b"
            + "|\\S@\\S|(?<![\\p{L}\\p{N}&])[@#]\\p{L}[\\p{L}\\p{N}_]+");
    private static final Pattern LEGAL = Pattern.compile("(?i)all rights reserved|\\bcopyright\\b\\s*(?:©|\\(c\\)|\\d{4})"
            + "|©\\s*\\d{4}|may not be (?:\\w+, )*(?:\\w+ )?(?:reproduced|published|broadcast|rewritten|redistributed)");
    /** A picture's caption or credit: "Image Credit: ANI", "REUTERS/Monicah Mwangi", "File photo". */
    private static final Pattern CAPTION = Pattern.compile("(?i)\\b(?:image|photo|picture|pic|video)s?\\s*(?:credit|courtesy"
            + "|source)s?\\s*:|[(\\[](?:photo|image|pic|picture|file)s?\\s*:"
            + "|^(?:file|representative|representational|illustrative)\\s+(?:photo|image|picture|pic)"
            // "... PHOTO: REUTERS", "Image: Boris Roessler/dpa", "(Express Photo by ...)", "— Reuters/File", "© Seyllou, AFP"
            + "|\\b(?:photo|image|pic)s?\\s*:\\s*(?-i:\\p{Lu})[\\p{L}.&/-]*(?:[ ,/]+[\\p{L}.&-]+){0,4}\\.?$"
            + "|^(?:photo|image|pic)s?\\s*:"
            + "|[(\\[](?:(?-i:\\p{Lu})\\p{L}*\\s)?(?:photo|image)s?\\s+by\\b|[—–-]\\s*\\p{L}+/files?\\.?$"
            + "|©\\s*\\p{Lu}[\\p{L} ,./-]{1,40}$");
    /** A photographer's credit closing a caption: "REUTERS/Monicah Mwangi", "AP Photo/Jane Doe". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\b\\p{Lu}{2,10}(?: Photo)?/\\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{L}'-]+)+(?:, File)?\\)?\\.?$");
    /** A field of page metadata: "Country: India", "Topics: Kenya, Floods". */
    private static final Pattern FIELD = Pattern.compile("^[\\p{L}]+(?:\\s[\\p{L}]+)?\\s?:\\s*\\S");
    /** An agency credit closing a paragraph: "(ANI)", "(PTI)", "-- Reuters". */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("(?:[(\\[]\\s*([\\p{L} /&,.-]{2,40}?)\\s*[)\\]]|(?:--|—|–)\\s*([\\p{L} ]{2,30}))\\.?\\s*$");
    /** Reported speech: story text, whatever words it quotes. */
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "stated", "quoted", "reported",
            "announced", "warned", "urged");
    /** Words that address the reader, or speak for the site. */
    private static final Set<String> READERS = Set.of("you", "your", "yours", "us", "our");
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*(?:[/|,&]|\\band\\b|^(?i:source|via|from|by)\\s*:?)\\s*");
    private static final Set<String> IMPERATIVES = Set.of("download", "follow", "subscribe", "click", "tap", "join", "sign",
            "get", "install", "share", "watch", "read", "listen", "like", "stay", "never", "don't", "dont", "scan",
            "register", "log", "catch", "check", "visit", "head", "see", "tell", "send", "kindly", "please", "allow",
            "enable", "turn", "continue", "scroll", "swipe", "explore", "discover", "grab", "try", "unlock", "save",
            "bookmark", "view", "load", "show", "leave", "post", "add", "keep");
    /** What may follow an imperative that opens a call to action ("Follow us", "Download the app", "Like Business on ..."). */
    private static final Set<String> ACTION_OBJECTS = Set.of("us", "our", "the", "this", "these", "a", "an", "to", "up",
            "in", "on", "for", "here", "now", "all", "more", "your", "it", "with", "out", "or", "and", "today");
    private static final double STRONG = 0.95;
    private static final int LONG_PROSE_CHARS = 700;
    private static final double DECIDED_GOOD = 0.2;
    private static final double DECIDED_BAD = 0.8;
    private static final int EDGE_TOP = 1;
    private static final int EDGE_BOTTOM = 3;

    private final Chrome chrome;

    /** The rule over the bundled chrome lists. */
    public PageChromeRule() {
        this(Chrome.standard());
    }

    /** The rule over {@code chrome}, which may carry a newsroom's own lines ({@code --rules-dir}). */
    public PageChromeRule(Chrome chrome) {
        this.chrome = java.util.Objects.requireNonNull(chrome, "chrome");
    }

    @Override
    public String name() {
        return "page-chrome";
    }

    @Override
    protected Cut judge(List<String> paragraphs, int index) {
        return judgeAll(paragraphs).get(index);
    }

    @Override
    protected List<Cut> judgeAll(List<String> paragraphs) {
        double[] evidence = new double[paragraphs.size()];
        int storyEnd = lastCredited(paragraphs);
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = evidence(paragraphs, i, storyEnd);
        }
        boolean anchored = false;
        for (double p : evidence) {
            anchored |= p <= DECIDED_GOOD;
        }
        List<Cut> cuts = new ArrayList<>(evidence.length);
        for (int i = 0; i < evidence.length; i++) {
            double p = evidence[i];
            if (!anchored && p < DECIDED_BAD) {
                p = 0.0; // no paragraph is surely story: nothing to tell chrome from, so only strong evidence counts
            } else if (p > DECIDED_GOOD && p < DECIDED_BAD) {
                p = smooth(p, neighbour(evidence, i, -1), neighbour(evidence, i, +1));
            }
            cuts.add(p >= 0.5 ? Cut.whole(round(p)) : Cut.KEEP);
        }
        return cuts;
    }

    /**
     * Undecided: neighbours that agree carry it, and so does the only one there is; mixed
     * neighbours leave it to its own evidence. The body's edge has no say: a list that closes a
     * real story is as common as a block of chrome that closes a page.
     */
    private static double smooth(double p, double before, double after) {
        if (Double.isNaN(before) && Double.isNaN(after)) {
            return p;
        }
        boolean badBefore = Double.isNaN(before) ? after >= 0.5 : before >= 0.5;
        boolean badAfter = Double.isNaN(after) ? before >= 0.5 : after >= 0.5;
        if (badBefore && badAfter) {
            return Math.max(p, 0.6);
        }
        if (!badBefore && !badAfter) {
            return Math.min(p, 0.4);
        }
        return p;
    }

    /** The evidence of the nearest decided paragraph in one direction, or NaN when there is none. */
    private static double neighbour(double[] evidence, int index, int step) {
        for (int i = index + step; i >= 0 && i < evidence.length; i += step) {
            double p = evidence[i];
            if (p <= DECIDED_GOOD || p >= DECIDED_BAD) {
                return p;
            }
        }
        return Double.NaN;
    }

    /** The evidence, from 0 to 1, that paragraph {@code index} is chrome, from its own features and position. */
    double evidence(List<String> paragraphs, int index, int storyEnd) {
        String text = paragraphs.get(index).strip();
        if (text.isEmpty()) {
            return 0.0;
        }
        if (chrome.isLine(text)) {
            return STRONG;
        }
        if (text.length() > LONG_PROSE_CHARS) {
            return 0.0; // a hundred words and more: the length alone outweighs any chrome evidence
        }
        Features f = Features.of(text, chrome);
        if (f.words() == 0) {
            return 0.0; // punctuation or symbols only: not ours to judge
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (f.words() <= 80 && mayBeLegal(lower) && LEGAL.matcher(text).find()) {
            return STRONG;
        }
        if (f.words() <= 6 && isCreditOnly(text)) {
            // "Reuters", "QNA / WAM", "Source: Associated Press"; but the agency's name alone closing the story
            // ("Reuter", "UPI") is its signature: credit-line takes it as the article's credit.
            return index == paragraphs.size() - 1 && AGENCIES.canonical(text.strip()) != null ? 0.0 : 0.9;
        }
        if (f.words() <= 40 && (mayBeCaption(lower) && CAPTION.matcher(text).find()
                || text.indexOf('/') > 0 && PHOTO_CREDIT.matcher(text).find())) {
            return 0.9;
        }
        if (!f.reported() && f.words() <= 30 && storyEnd >= 0 && index > storyEnd) {
            return 0.85; // after the agency's credit the story is over: what follows is the portal's
        }
        boolean edge = index < EDGE_TOP || index >= paragraphs.size() - EDGE_BOTTOM;
        double z = -3.0;
        z += 5.0 * f.chromeShare();
        z += f.imperative() ? (f.chromeShare() >= 0.25 ? 3.5 : f.chromeShare() >= 0.15 ? 2.5 : 1.0) : 0;
        z += f.reader() && !f.reported() ? (f.chromeShare() >= 0.15 ? 2.2 : 0.5) : 0;
        z += !f.sentence() && f.words() <= 4 && FIELD.matcher(text).find() ? 1.5 : 0;
        z += text.endsWith(":") && f.words() <= 6 ? 1.5 : 0;
        z += f.link() ? 2.0 : 0;
        z += f.sentence() ? 0 : 1.0;
        z += f.words() <= 3 ? 1.0 : 0;
        z += !f.sentence() && f.words() >= 3 ? 1.0 * f.capShare() : 0;
        z += f.reported() ? -2.5 : 0;
        z += f.stopShare() >= 0.3 && f.words() >= 10 ? -1.5 : 0;
        z += f.stopShare() < 0.15 && f.words() >= 4 ? 0.5 : 0;
        z -= 0.08 * Math.max(0, f.words() - 20);
        z += edge ? 0.7 : -0.5;
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** The last paragraph that ends with an agency's credit, the way agency copy ends, or -1. */
    static int lastCredited(List<String> paragraphs) {
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            String p = paragraphs.get(i);
            Matcher m = CLOSING_CREDIT.matcher(p.length() > 120 ? p.substring(p.length() - 120) : p);
            // Every name an agency: "(Photo by Jekesai Njikizana / AFP)" and "(Darren Calabrese/The Canadian Press)"
            // are photo credits under a picture, and the story goes on after them.
            if (m.find() && isCreditOnly(m.group(1) != null ? m.group(1) : m.group(2))) {
                return i;
            }
        }
        return -1;
    }

    /** Cheap tests before the patterns, which would otherwise be tried at every character of every paragraph. */
    private static boolean mayBeLegal(String lower) {
        return lower.contains("rights reserved") || lower.contains("copyright") || lower.contains("©")
                || lower.contains("may not be");
    }

    private static boolean mayBeCaption(String lower) {
        return lower.contains("image") || lower.contains("photo") || lower.contains("pic") || lower.contains("video")
                || lower.contains("©") || lower.contains("/file")
                || lower.startsWith("file") || lower.startsWith("represent") || lower.startsWith("illustrat");
    }

    private static boolean mayBeLink(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.indexOf('@') >= 0 || text.indexOf('#') >= 0 || lower.contains("http") || lower.contains("www.")
                || lower.contains(".com") || lower.contains(".org") || lower.contains(".net") || lower.contains(".in")
                || lower.contains(".pk") || lower.contains(".ng") || lower.contains(".ae") || lower.contains(".uk")
                || lower.contains(".co") || lower.contains(".news");
    }

    /** Only agency names, with the separators and labels credit lines use. */
    private static boolean isCreditOnly(String text) {
        String[] names = CREDIT_SEPARATOR.split(text.strip());
        boolean any = false;
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            if (AGENCIES.canonical(name.strip()) == null) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }

    /** What the evidence is computed from. */
    record Features(int words, double stopShare, double chromeShare, double capShare, boolean sentence,
                    boolean link, boolean imperative, boolean reader, boolean reported) {

        static Features of(String text, Chrome vocabulary) {
            Matcher m = TOKEN.matcher(text);
            int words = 0;
            int stop = 0;
            int chrome = 0;
            int caps = 0;
            boolean link = mayBeLink(text) && LINK.matcher(text).find();
            boolean reported = text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0;
            boolean reader = false;
            String first = null;
            String second = null;
            boolean secondCapitalised = false;
            while (m.find()) {
                String t = m.group();
                if (!Character.isLetterOrDigit(t.charAt(0))) {
                    link |= t.equals("|") || t.equals("»") || t.equals("›") || t.equals("►") || t.equals("▶");
                    continue;
                }
                words++;
                String lower = trimPunctuation(t).toLowerCase(Locale.ROOT);
                if (first == null) {
                    first = lower;
                } else if (second == null) {
                    second = lower;
                    secondCapitalised = Character.isUpperCase(t.charAt(0));
                }
                reported |= REPORTING.contains(lower);
                reader |= READERS.contains(lower);
                if (StopWords.contains(lower)) {
                    stop++;
                } else if (vocabulary.isWord(lower)) {
                    chrome++;
                }
                if (Character.isUpperCase(t.charAt(0))) {
                    caps++;
                }
            }
            if (words == 0) {
                return new Features(0, 0, 0, 0, false, link, false, false, false);
            }
            char last = text.charAt(text.length() - 1);
            char before = text.length() > 1 ? text.charAt(text.length() - 2) : ' ';
            boolean sentence = words >= 4 && (".!?\"”’".indexOf(last) >= 0 || last == ')' && ".!?".indexOf(before) >= 0);
            reported |= text.contains("according to");
            return new Features(words, (double) stop / words, (double) chrome / words, (double) caps / words, sentence,
                    link, imperative(first, second, secondCapitalised), reader, reported);
        }

        /** "Share this", "Follow Gulf Ledger", "Subscribe": a call to action; "Share prices fell" is not one. */
        private static boolean imperative(String first, String second, boolean secondCapitalised) {
            return first != null && IMPERATIVES.contains(first)
                    && (second == null || secondCapitalised || ACTION_OBJECTS.contains(second));
        }

        private static String trimPunctuation(String t) {
            int end = t.length();
            while (end > 1 && !Character.isLetterOrDigit(t.charAt(end - 1))) {
                end--;
            }
            return t.substring(0, end);
        }
    }
}
