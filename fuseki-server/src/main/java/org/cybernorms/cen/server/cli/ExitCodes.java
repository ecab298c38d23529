package org.cybernorms.cen.server.cli;

/** The exit codes of the {@code cen} commands, documented in docs/errors.md. */
final class ExitCodes {

    /** Success. */
    static final int OK = 0;
    /** The input was read but is wrong: SHACL violations, inconsistency, a triple that does not follow. */
    static final int INVALID = 1;
    /** The input could not be read: missing file, Turtle syntax error, not UTF-8. */
    static final int UNREADABLE_INPUT = 2;

    private ExitCodes() {}
}
