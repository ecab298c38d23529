package org.cybernorms.cen.queries;

import java.util.Collection;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;

/** A query name that is not in the catalogue ({@code UNKNOWN_QUERY}); the message lists the names that are. */
public class UnknownQueryException extends CenException {

    private static final long serialVersionUID = 1L;

    private final String queryName;

    public UnknownQueryException(String queryName, Collection<String> known) {
        super(ErrorName.UNKNOWN_QUERY, "no query named '" + queryName + "' in the catalogue",
                "known: " + String.join(", ", known) + " (cen queries and the /queries page list them with their titles)");
        this.queryName = queryName;
    }

    /** The name asked for. */
    public String queryName() {
        return queryName;
    }
}
