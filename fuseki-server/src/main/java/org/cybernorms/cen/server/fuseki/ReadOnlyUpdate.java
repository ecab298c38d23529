package org.cybernorms.cen.server.fuseki;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Stands where Fuseki's SPARQL Update would: every request is answered 405, because the
 * served dataset is read-only (docs/security.md: no update without authentication).
 */
public final class ReadOnlyUpdate extends ActionService {

    static final String MESSAGE = "This dataset is read-only: SPARQL Update is not allowed.";

    @Override
    public void process(HttpAction action) {
        ServletOps.errorMethodNotAllowed(action.getRequestMethod(), MESSAGE);
    }

    @Override
    public void validate(HttpAction action) {
        // Nothing to check: every request is refused.
    }

    @Override
    public void execute(HttpAction action) {
        ServletOps.errorMethodNotAllowed(action.getRequestMethod(), MESSAGE);
    }
}
