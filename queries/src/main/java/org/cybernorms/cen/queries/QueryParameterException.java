package org.cybernorms.cen.queries;

import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;

/**
 * A parameter value a query cannot take: a parameter the query does not have, a required
 * one left out, or a value of the wrong kind. The message names the parameter;
 * {@link #parameter()} gives it to a server answering 400. Its {@link #errorName()} is one of
 * {@code UNKNOWN_PARAMETER}, {@code MISSING_PARAMETER} and {@code BAD_PARAMETER}.
 */
public class QueryParameterException extends CenException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public QueryParameterException(ErrorName name, String parameter, String detail) {
        super(name, "parameter '" + parameter + "'", detail);
        this.parameter = parameter;
    }

    /** The parameter at fault, as the user wrote it. */
    public String parameter() {
        return parameter;
    }
}
