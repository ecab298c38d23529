package org.cybernorms.cen.queries;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Where a query runs: a local {@link Dataset} or a remote SPARQL endpoint. Either way the
 * query sees one default graph holding everything: locally the union of the dataset's
 * named graphs (ontology, data, inferred), as the served dataset's default graph is.
 */
public interface QueryTarget {

    /** Runs a SELECT query and reads all its rows. */
    QueryResult select(Query query);

    /**
     * A local dataset, queried with the union of its named graphs as default graph. Reads
     * inside a read transaction; the dataset is not changed.
     */
    static QueryTarget local(Dataset dataset) {
        Dataset union = DatasetFactory.wrap(DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph()));
        return query -> dataset.calculateRead(() -> {
            try (QueryExecution execution = QueryExecution.dataset(union).query(query).build()) {
                return QueryResult.of(execution.execSelect());
            }
        });
    }

    /** A SPARQL 1.1 query endpoint, e.g. {@code http://127.0.0.1:3030/cen/sparql}. */
    static QueryTarget endpoint(String url) {
        return query -> {
            try (QueryExecution execution = QueryExecutionHTTP.service(url).query(query).build()) {
                return QueryResult.of(execution.execSelect());
            }
        };
    }
}
