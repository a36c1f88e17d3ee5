package io.wirestream.clean;

import io.wirestream.ingest.FeedParser;

/** A clean class importing ingest: what the layering test must report (never used by main code). */
final class ForbiddenImportFixture {
    Object parser() {
        return new FeedParser();
    }
}
