package io.wirestream.extract;

import java.util.List;

/**
 * One repair of the engine's spans in a sentence; the extractor runs its rules in order, each
 * on the previous one's output, as the clean stage runs its rules.
 */
interface SpanRule {

    /** Short name, used to switch the rule off when measuring what it is worth. */
    String name();

    /** The spans after this rule: in text order, not overlapping, MISC included. */
    List<EntitySpan> apply(List<EntitySpan> spans, Sentence sentence);
}
