package org.cybernorms.cen.reasoner.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.TurtleFiles;

/**
 * Withdraws DL conclusions that hold only under a condition OWL cannot state, such as
 * "another State". Each withdrawal is a SELECT query of {@code ?operation ?norm} pairs
 * under {@code withdrawals/}; the matching {@code cen:violates} triples leave the
 * inferred graph. Runs once, after the DL stage and before the rules, so the rules never
 * see a withdrawn conclusion.
 */
public final class Withdrawals {

    /** The class-path folder of the bundled withdrawals. */
    public static final String FOLDER = "withdrawals";

    private Withdrawals() {}

    /** The bundled withdrawal queries, in file-name order. */
    public static List<Query> bundled() {
        List<Query> queries = new ArrayList<>();
        for (String resource : TurtleFiles.listClasspath(FOLDER, ".rq")) {
            queries.add(QueryFactory.create(TurtleFiles.readClasspath(resource), resource));
        }
        return queries;
    }

    /**
     * Removes from {@code inferred} (which is changed) the violations the queries select.
     *
     * @return the number of triples removed
     */
    public static int apply(List<Query> queries, Graph asserted, Graph inferred) {
        MultiUnion union = new MultiUnion(new Graph[] {asserted, inferred});
        List<Triple> withdrawn = new ArrayList<>();
        for (Query query : queries) {
            try (QueryExecution execution = QueryExecution.model(ModelFactory.createModelForGraph(union))
                    .query(query).build()) {
                execution.execSelect().forEachRemaining(row -> withdrawn.add(Triple.create(
                        row.getResource("operation").asNode(), CEN.violates.asNode(),
                        row.getResource("norm").asNode())));
            }
        }
        withdrawn.forEach(inferred::delete);
        return withdrawn.size();
    }
}
