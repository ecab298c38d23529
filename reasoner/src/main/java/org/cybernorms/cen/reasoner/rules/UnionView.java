package org.cybernorms.cen.reasoner.rules;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.walker.Walker;

/**
 * What the rules read: the asserted and the inferred graph side by side.
 *
 * <p>Neither graph is copied (the asserted graph holds hundreds of thousands of triples at
 * scale), and no find removes duplicates, as {@code MultiUnion} does by putting every triple
 * a find returns into a hash set, for each triple pattern and each binding a rule tries.
 * Measured on 10,000 generated operations (rules only, warm JVM): 2.4 s over a
 * {@code MultiUnion}, 1.0 s over this view; copying both graphs into one took 0.6 s by itself.
 *
 * <p>A triple in both graphs is therefore seen twice. That changes how many solutions a query
 * has, never which: a CONSTRUCT rule, whose result is a set of triples, gets
 * the same result, as long as it does not count (an aggregate, LIMIT or OFFSET), which
 * {@link #requireNoCounting} enforces.
 */
public final class UnionView {

    private UnionView() {}

    /** The two graphs as one, read-only in use: add to {@code inferred} itself. */
    public static Graph of(Graph asserted, Graph inferred) {
        return new DisjointUnion(asserted, inferred);
    }

    /**
     * Rejects a query whose result would depend on how often a solution occurs.
     *
     * @throws IllegalArgumentException naming the query when it aggregates or slices
     */
    public static void requireNoCounting(String name, Query query) {
        boolean[] counts = {false};
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpGroup group) {
                counts[0] |= !group.getAggregators().isEmpty();
            }

            @Override
            public void visit(OpSlice slice) {
                counts[0] = true;
            }

            @Override
            public void visit(OpTopN topN) {
                counts[0] = true;
            }
        };
        // Walker enters sub-queries and the patterns of FILTER (NOT) EXISTS too.
        Walker.walk(Algebra.compile(query), visitor);
        if (counts[0]) {
            throw new IllegalArgumentException(name + ": may not aggregate or use LIMIT/OFFSET, "
                    + "as the graph it reads may repeat a triple held by both asserted and inferred graphs");
        }
    }
}
