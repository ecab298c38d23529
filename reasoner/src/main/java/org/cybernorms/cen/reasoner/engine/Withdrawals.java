package org.cybernorms.cen.reasoner.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
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
        Model view = ModelFactory.createModelForGraph(UnionView.of(asserted, inferred));
        // A set: a violation selected by two rows (or two queries) is withdrawn, and counted, once.
        Set<Triple> withdrawn = new LinkedHashSet<>();
        for (Query query : queries) {
            UnionView.requireNoCounting("withdrawal query", query);
            try (QueryExecution execution = QueryExecution.model(view).query(query).build()) {
                execution.execSelect().forEachRemaining(row -> withdrawn.add(Triple.create(
                        row.getResource("operation").asNode(), CEN.violates.asNode(),
                        row.getResource("norm").asNode())));
            }
        }
        // Only what the inferred graph holds is withdrawn: an asserted violation stays.
        withdrawn.removeIf(triple -> !inferred.contains(triple));
        withdrawn.forEach(inferred::delete);
        return withdrawn.size();
    }
}
