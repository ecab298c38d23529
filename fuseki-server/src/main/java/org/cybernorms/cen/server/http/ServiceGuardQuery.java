package org.cybernorms.cen.server.http;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;

/**
 * Fuseki's SPARQL query operation, refusing with 403 any query that holds a
 * {@code SERVICE} clause (also inside sub-queries and {@code EXISTS}) before it runs, so
 * the server never calls out on a client's behalf. Installed only when SERVICE is not
 * allowed; the ARQ context refuses it as well, as a second line.
 */
public final class ServiceGuardQuery extends SPARQL_QueryDataset {

    static final String MESSAGE = "SERVICE is disabled on this server: it does not call other endpoints "
            + "on a client's behalf. Start it with --allow-service to allow federated queries.";

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (hasService(query)) {
            ServletOps.errorForbidden(MESSAGE);
        }
    }

    /** True when the query calls a SERVICE anywhere. */
    public static boolean hasService(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
