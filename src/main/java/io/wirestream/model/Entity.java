package io.wirestream.model;

import java.util.List;
import java.util.Objects;

/**
 * A named entity an article mentions, with every mention's position.
 *
 * @param name     canonical name: the longest full form seen ({@code "Joe Biden"})
 * @param type     person, organisation or place
 * @param mentions every mention, in text order
 * @param aliases  other names the entity went by in the text or the alias table ({@code "Kyiv"})
 */
public record Entity(String name, Type type, List<Mention> mentions, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        aliases = List.copyOf(aliases);
    }

    /** How many times the entity is mentioned. */
    public int count() {
        return mentions.size();
    }

    /** Entity kinds, named after the ninjs properties they fill. */
    public enum Type { PERSON, ORGANISATION, PLACE }

    /**
     * One mention of an entity.
     *
     * @param field {@code "headline"} or {@code "body"}
     * @param start offset of the first character in that field, inclusive
     * @param end   offset after the last character, exclusive
     * @param text  the mention as written
     */
    public record Mention(String field, int start, int end, String text) {
        public Mention {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }
    }
}
