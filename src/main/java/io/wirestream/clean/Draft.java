package io.wirestream.clean;

import io.wirestream.model.Removal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The article as the clean rules edit it: headline, paragraphs, credit and the removals so far. */
public final class Draft {

    private String headline;
    private final List<String> paragraphs;
    private String credit;
    private final List<Removal> removals = new ArrayList<>();

    public Draft(String headline, List<String> paragraphs) {
        this.headline = headline == null ? "" : headline;
        this.paragraphs = new ArrayList<>(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    public String headline() {
        return headline;
    }

    /** The current paragraphs, read-only. */
    public List<String> paragraphs() {
        return Collections.unmodifiableList(paragraphs);
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
        removals.add(new Removal(rule, paragraphs.remove(index)));
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
        String text = paragraphs.get(index);
        removals.add(new Removal(rule, text.substring(keep).strip()));
        String kept = text.substring(0, keep).strip();
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
}
