package io.wirestream.bench;

/** What one benchmark row measures, in the order the report prints them. */
public enum Scenario {
    /** Kafka Streams reading news.raw and writing the same bytes out: same serdes, same guarantee; the ceiling. */
    PASS_THROUGH("pass-through"),
    /** Wirestream with the entities stage the identity: parse, clean, dedupe, tags, classify, route. */
    NER_OFF("ner-off"),
    /** Wirestream as {@code run} runs it. */
    COMPLETE("complete"),
    /** The entities stage alone, in plain threads, on every item's cleaned text; no Kafka. */
    NER_ALONE("ner-alone");

    private final String slug;

    Scenario(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
