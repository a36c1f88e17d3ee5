package io.wirestream.extract;

import io.wirestream.model.Entity;

import java.util.List;

/**
 * One entity mention found in a field, before merging.
 *
 * @param field  the field it stands in
 * @param start  offset in the field, inclusive
 * @param end    offset in the field, exclusive
 * @param text   the field's text in {@code [start, end)}
 * @param type   entity type
 * @param tokens the mention's tokens, offsets in the field
 * @param oddCase whether it stands in an ALL CAPS or Title Case sentence
 * @param listLine whether it stands in a dateline or a table row ({@link Sentence#listLine()})
 * @param confidence the engine's probability for the type ({@link EntitySpan#confidence()}); 1 when
 *     no engine guessed it
 */
record Found(Entity.Mention.Field field, int start, int end, String text, Entity.Type type, List<Token> tokens,
             boolean oddCase, boolean listLine, double confidence) {

    Found(Entity.Mention.Field field, int start, int end, String text, Entity.Type type, List<Token> tokens,
          boolean oddCase, boolean listLine) {
        this(field, start, end, text, type, tokens, oddCase, listLine, 1);
    }

    /** A mention in running text or a headline, not in a dateline or table row. */
    Found(Entity.Mention.Field field, int start, int end, String text, Entity.Type type, List<Token> tokens,
          boolean oddCase) {
        this(field, start, end, text, type, tokens, oddCase, false);
    }

    /** Sort key: headline before body, then by offset. */
    long position() {
        return (field == Entity.Mention.Field.HEADLINE ? 0L : 1L << 40) + start;
    }
}
