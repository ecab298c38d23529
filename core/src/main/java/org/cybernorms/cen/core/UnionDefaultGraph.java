package org.cybernorms.cen.core;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * A dataset whose default graph is the union of its named graphs, as docs/architecture.md
 * wants the served default graph. Named graphs are seen unchanged, and iterating over all
 * quads gives the named graphs' quads only. It is a {@link DatasetGraphWrapperView} so that
 * ARQ does not unwrap it and query the base dataset (whose default graph is empty).
 *
 * <p>The union is either a view ({@link #UnionDefaultGraph(DatasetGraph)}: nothing copied,
 * each match merges every named graph and removes duplicates) or a copy made once
 * ({@link #copied}): for a store that no longer changes and fits in memory twice, each
 * match is then one index lookup in one graph, which makes the catalogue's queries up to
 * several times faster on the knowledge base (docs/performance.md).
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final Graph union;
    private final boolean copy;

    /** The union as a view over {@code base}. */
    public UnionDefaultGraph(DatasetGraph base) {
        this(base, base.getUnionGraph(), false);
    }

    private UnionDefaultGraph(DatasetGraph base, Graph union, boolean copy) {
        super(base);
        this.union = union;
        this.copy = copy;
    }

    /** The union copied into an in-memory graph; {@code base} must not change afterwards. */
    public static UnionDefaultGraph copied(DatasetGraph base) {
        Graph copy = GraphFactory.createGraphMem();
        Txn.executeRead(base, () -> base.getUnionGraph().find().forEachRemaining(copy::add));
        return new UnionDefaultGraph(base, copy, true);
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public Graph getGraph(Node graphName) {
        return isDefault(graphName) ? union : super.getGraph(graphName);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (!isDefault(g)) {
            return super.find(g, s, p, o);
        }
        if (!copy) {
            return super.find(Quad.unionGraph, s, p, o);
        }
        return Iter.map(union.find(any(s), any(p), any(o)), triple -> Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (!isDefault(g)) {
            return super.contains(g, s, p, o);
        }
        return copy ? union.contains(any(s), any(p), any(o)) : super.contains(Quad.unionGraph, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static boolean isDefault(Node graphName) {
        return graphName != null && Quad.isDefaultGraph(graphName);
    }

    private static Node any(Node node) {
        return node == null ? Node.ANY : node;
    }
}
