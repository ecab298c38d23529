package org.cybernorms.cen.core;

/** The exit codes of the {@code cen} commands; every {@link ErrorName} has one. */
public enum ExitCode {
    /** Success. */
    OK(0, "success"),
    /** The input was read but is wrong, or an explained triple does not follow. */
    INVALID(1, "the input was read but is wrong, or an explained triple does not follow"),
    /** The input could not be read, or the command was used wrongly (an option, an argument). */
    BAD_INPUT_OR_USAGE(2, "the input could not be read, or the command was used wrongly"),
    /** {@code cen serve} could not listen. */
    CANNOT_LISTEN(3, "cen serve could not listen"),
    /** A fault of CEN-KG itself, not of the input (sysexits' EX_SOFTWARE). */
    INTERNAL(70, "a fault of CEN-KG itself, not of the input: please report it with the message");

    /** The number the process exits with. */
    public final int code;
    /** What it means, one line. */
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }
}
