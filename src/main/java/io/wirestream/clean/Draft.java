package io.wirestream.clean;

import io.wirestream.model.Removal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The article as the clean rules edit it: headline, paragraphs, credit, source and the removals so far. */
public final class Draft {

    private String headline;
    private final List<String> paragraphs;
    private final String source;
    private String credit;
    private final List<Removal> removals = new ArrayList<>();

    public Draft(String headline, List<String> paragraphs) {
        this(headline, paragraphs, null);
    }

    /**
     * @param source the portal or url host the item was scraped from, or {@code null} when unknown
     */
    public Draft(String headline, List<String> paragraphs, String source) {
        this.headline = headline == null ? "" : headline;
        this.paragraphs = new ArrayList<>(Objects.requireNonNull(paragraphs, "paragraphs"));
        this.source = source;
    }

    public String headline() {
        return headline;
    }

    /** The current paragraphs, read-only. */
    public List<String> paragraphs() {
        return Collections.unmodifiableList(paragraphs);
    }

    /** The portal or url host the item came from, or {@code null}. */
    public String source() {
        return source;
    }

    /** The credit a rule took from the end of the body ({@code "ANI/Sputnik"}), or {@code null}. */
    public String credit() {
        return credit;
    }

    public List<Removal> removals() {
        return List.copyOf(removals);
    }

    /** Removes the paragraph at {@code index}, recording it under {@code rule}. */
    public void removeParagraph(int index, String rule) {
        removeParagraph(index, rule, 1.0);
    }

    /** Removes the paragraph at {@code index}, recording it under {@code rule} with its evidence {@code score}. */
    public void removeParagraph(int index, String rule, double score) {
        removals.add(new Removal(rule, paragraphs.remove(index), score));
    }

    /** Removes the paragraphs from {@code index} to the end, recording each under {@code rule}. */
    public void removeFrom(int index, String rule) {
        while (paragraphs.size() > index) {
            removeParagraph(index, rule);
        }
    }

    /**
     * Cuts the paragraph at {@code index} to its first {@code keep} characters, recording the
     * rest under {@code rule}; a paragraph left blank is removed.
     */
    public void cutParagraph(int index, int keep, String rule) {
        cutParagraph(index, keep, paragraphs.get(index).length(), rule, 1.0);
    }

    /**
     * Cuts characters {@code from} to {@code to} out of the paragraph at {@code index}, recording
     * them under {@code rule} with its evidence {@code score}; a paragraph left blank is removed.
     */
    public void cutParagraph(int index, int from, int to, String rule, double score) {
        String text = paragraphs.get(index);
        removals.add(new Removal(rule, text.substring(from, to).strip(), score));
        String before = text.substring(0, from).strip();
        String after = text.substring(to).strip();
        String kept = before.isEmpty() ? after : after.isEmpty() ? before : before + " " + after;
        if (kept.isEmpty()) {
            paragraphs.remove(index);
        } else {
            paragraphs.set(index, kept);
        }
    }

    /** Cuts the headline to its first {@code keep} characters, recording the rest under {@code rule}. */
    public void cutHeadline(int keep, String rule) {
        removals.add(new Removal(rule, headline.substring(keep).strip()));
        headline = headline.substring(0, keep).strip();
    }

    public void credit(String credit) {
        this.credit = credit;
    }

    /** Puts the removals recorded since {@code mark} in reverse order: a filter that edits back to front records them front to back. */
    void reverseRemovalsSince(int mark) {
        Collections.reverse(removals.subList(mark, removals.size()));
    }

    /** How many removals are recorded so far. */
    int removalCount() {
        return removals.size();
    }
}
