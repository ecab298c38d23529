package org.cybernorms.cen.queries;

/**
 * A parameter value a query cannot take: a parameter the query does not have, a required
 * one left out, or a value of the wrong kind. The message names the parameter;
 * {@link #parameter()} gives it to a server answering 400. {@link #errorName()} is one of
 * {@code UNKNOWN_PARAMETER}, {@code MISSING_PARAMETER} and {@code BAD_PARAMETER}.
 */
public class QueryParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String errorName;
    private final String parameter;

    public QueryParameterException(String errorName, String parameter, String detail) {
        super(errorName + ": parameter '" + parameter + "': " + detail);
        this.errorName = errorName;
        this.parameter = parameter;
    }

    /** The stable name of this kind of error. */
    public String errorName() {
        return errorName;
    }

    /** The parameter at fault, as the user wrote it. */
    public String parameter() {
        return parameter;
    }
}
