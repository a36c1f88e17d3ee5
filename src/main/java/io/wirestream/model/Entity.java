package io.wirestream.model;

import java.util.List;
import java.util.Locale;
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
     * @param field the article field it stands in
     * @param start offset of the first character in that field, inclusive
     * @param end   offset after the last character, exclusive
     * @param text  the mention as written
     */
    public record Mention(Field field, int start, int end, String text) {
        public Mention {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
            }
        }

        /** A mention in the field its JSON name ({@code "headline"}, {@code "body"}) names. */
        public Mention(String field, int start, int end, String text) {
            this(Field.of(field), start, end, text);
        }

        /** The article fields entities are found in. */
        public enum Field {
            HEADLINE, BODY;

            /** The name the JSON output uses: {@code "headline"} or {@code "body"}. */
            public String label() {
                return name().toLowerCase(Locale.ROOT);
            }

            /** The field called {@code label}, as {@link #label()} spells it. */
            public static Field of(String label) {
                Objects.requireNonNull(label, "field");
                for (Field f : values()) {
                    if (f.label().equals(label)) {
                        return f;
                    }
                }
                throw new IllegalArgumentException("field must be headline or body, was '" + label + "'");
            }
        }
    }
}
