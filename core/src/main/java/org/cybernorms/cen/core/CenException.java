package org.cybernorms.cen.core;

/**
 * An error a user can meet: its message starts with its {@link ErrorName}, then says where
 * and what is wrong ({@code NAME: where: detail}). The command line turns it into the name's
 * exit code, the server into an HTTP status; neither shows a stack trace for it.
 */
public class CenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorName name;

    public CenException(ErrorName name, String where, String detail) {
        this(name, where, detail, null);
    }

    public CenException(ErrorName name, String where, String detail, Throwable cause) {
        super(name + ": " + where + ": " + detail, cause);
        this.name = name;
    }

    /** The stable name of this kind of error. */
    public ErrorName errorName() {
        return name;
    }

    /** The message of the innermost cause: the parser's or the system's own words. */
    public static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
