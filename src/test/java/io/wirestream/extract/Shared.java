package io.wirestream.extract;

/** One extractor per test JVM, so each model loads once. */
final class Shared {

    static final EntityExtractor EXTRACTOR = new EntityExtractor(ExtractConfig.defaults().withCacheSize(10_000));

    private Shared() {
    }
}
