package org.cybernorms.cen.server.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.KnowledgeGraph;

/** Where {@code cen query} and {@code cen compare} run their queries. */
final class QueryTargets {

    private QueryTargets() {}

    /**
     * The endpoint when one is given, else the bundled ontology and data plus the user's
     * files, loaded, checked and reasoned as {@code cen serve} does.
     */
    static QueryTarget of(String endpoint, List<Path> data, Engine engine) {
        if (endpoint == null) {
            return QueryTarget.local(KnowledgeGraph.load(data).checkShapes().reason(engine).dataset());
        }
        if (!data.isEmpty()) {
            throw new CenException(ErrorName.BAD_OPTION, "--data", "reasons your files locally; it cannot be used with --endpoint");
        }
        return new Remote(endpoint, QueryTarget.endpoint(endpoint));
    }

    /** An endpoint whose failures (refused, not SPARQL, an HTTP error) are the user's to fix. */
    private record Remote(String url, QueryTarget endpoint) implements QueryTarget {
        @Override
        public QueryResult select(Query query) {
            try {
                return endpoint.select(query);
            } catch (RuntimeException e) {
                throw new CenException(ErrorName.ENDPOINT_FAILURE, url,
                        e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName(), e);
            }
        }
    }
}
