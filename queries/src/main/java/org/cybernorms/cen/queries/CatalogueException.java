package org.cybernorms.cen.queries;

import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;

/**
 * A catalogue file that is not well formed ({@code BAD_CATALOGUE_QUERY}): a header line out of
 * form, a missing field, a parameter without a {@code VALUES} block, SPARQL that does not
 * parse. The message names the file and, where known, the line. A build-time error: the
 * tests load the whole catalogue.
 */
public class CatalogueException extends CenException {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String file, String detail) {
        super(ErrorName.BAD_CATALOGUE_QUERY, file, detail);
    }

    public CatalogueException(String file, String detail, Throwable cause) {
        super(ErrorName.BAD_CATALOGUE_QUERY, file, detail, cause);
    }
}
