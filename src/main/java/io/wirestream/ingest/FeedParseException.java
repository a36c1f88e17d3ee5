package io.wirestream.ingest;

/**
 * Thrown by {@link FeedParser} when an input record cannot be turned into a feed item; the
 * message names the bad field or the reason, so it can travel in a dead-letter header.
 */
public final class FeedParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
