package io.wirestream.clean;

/**
 * One step of the clean stage: it edits a {@link Draft} and records what it removed under
 * its {@link #name()}.
 */
public interface CleanRule {

    /** The name recorded on every removal this rule makes ({@code "disclaimer"}). */
    String name();

    /** Removes what this rule is about from the draft, recording each removal. */
    void apply(Draft draft);
}
