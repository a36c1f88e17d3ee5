package io.wirestream.cli;

/** A bad argument or input file: reported on stderr with exit code {@link ExitCodes#USAGE}. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
