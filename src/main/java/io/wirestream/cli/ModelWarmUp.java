package io.wirestream.cli;

import java.nio.charset.StandardCharsets;

import io.wirestream.topology.Stages;

/**
 * Runs every stage once on a short made-up story, so the NER models are loaded and exercised
 * before the first poll rather than on the first record (which would otherwise wait seconds
 * and can outlast {@code max.poll.interval.ms} on a slow machine).
 */
final class ModelWarmUp {

    /** Ordinary text for the cased model, an ALL-CAPS headline for the caseless one. */
    private static final byte[] STORY = ("{\"id\":\"wirestream-warm-up\",\"agency\":\"Reuters\","
            + "\"headline\":\"UN OFFICIALS MEET KENYAN MINISTERS IN NAIROBI\","
            + "\"published\":\"2026-01-05T06:00:00Z\","
            + "\"body\":\"NAIROBI, Jan 5 (Reuters) - Officials of the United Nations met Kenyan ministers in Nairobi "
            + "on Monday, Maria Silva, a spokesperson for the World Bank, said.\"}").getBytes(StandardCharsets.UTF_8);

    private ModelWarmUp() {
    }

    /** Warms {@code stages} and returns them. */
    static Stages warm(Stages stages) {
        var article = stages.tags().apply(stages.clean().apply(stages.parse().parse(null, STORY, "application/json")));
        stages.classify().apply(stages.entities().apply(article));
        return stages;
    }
}
