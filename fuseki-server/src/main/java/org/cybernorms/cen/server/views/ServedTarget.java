package org.cybernorms.cen.server.views;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryTarget;

/**
 * The served dataset as a query target for the views. Unlike {@link QueryTarget#local}, it
 * queries the served dataset itself (whose default graph is already the union) so that its
 * context applies: the server's {@code ARQ.queryTimeout} stops a query that runs too long
 * with a {@link org.apache.jena.query.QueryCancelledException}.
 */
public final class ServedTarget {

    private ServedTarget() {}

    public static QueryTarget of(DatasetGraph served) {
        Dataset dataset = DatasetFactory.wrap(served);
        return query -> Txn.calculateRead(served, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return QueryResult.of(execution.execSelect());
            }
        });
    }
}
