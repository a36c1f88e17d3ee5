package io.wirestream.extract;

import io.wirestream.model.Entity;

/** Between the engines' labels and the model's entity types. */
final class Labels {

    private Labels() {
    }

    /** The entity type of a label; {@code null} for MISC, which the stage does not keep. */
    static Entity.Type type(EntitySpan.Label label) {
        return switch (label) {
            case PERSON -> Entity.Type.PERSON;
            case ORGANISATION -> Entity.Type.ORGANISATION;
            case PLACE -> Entity.Type.PLACE;
            case MISC -> null;
        };
    }

    static EntitySpan.Label of(Entity.Type type) {
        return switch (type) {
            case PERSON -> EntitySpan.Label.PERSON;
            case ORGANISATION -> EntitySpan.Label.ORGANISATION;
            case PLACE -> EntitySpan.Label.PLACE;
        };
    }
}
