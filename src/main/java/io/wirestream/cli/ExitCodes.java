package io.wirestream.cli;

/** Exit codes shared by every command. */
final class ExitCodes {
    static final int OK = 0;
    /** The run failed: Kafka unreachable, a record could not be written, the stream died. */
    static final int FAILED = 1;
    /** Bad arguments or unreadable input files. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
