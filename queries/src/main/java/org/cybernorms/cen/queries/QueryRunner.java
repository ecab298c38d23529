package org.cybernorms.cen.queries;

import java.util.Map;
import org.apache.jena.query.Query;
import org.cybernorms.cen.queries.catalogue.ParameterBinder;

/**
 * Runs catalogue queries: binds the user's parameter values (text, as given on a command
 * line or in a URL) into the query's {@code VALUES} blocks and runs it on a target.
 */
public final class QueryRunner {

    private QueryRunner() {}

    /**
     * The query with its parameters bound, ready to run or to show. A list parameter takes
     * comma-separated values; an optional parameter may be left out.
     *
     * @throws QueryParameterException naming the parameter that is unknown, missing or bad
     */
    public static Query bind(CatalogueQuery query, Map<String, String> params) {
        return ParameterBinder.bind(query, params);
    }

    /** Binds and runs the query on the target. */
    public static QueryResult run(QueryTarget target, CatalogueQuery query, Map<String, String> params) {
        return target.select(bind(query, params));
    }
}
