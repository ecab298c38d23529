package org.cybernorms.cen.server.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A view of a dataset whose default graph is the union of its named graphs, as DESIGN.md
 * section 2 wants the served default graph. Named graphs are seen unchanged; the view
 * neither copies nor stores anything. It is a {@link DatasetGraphWrapperView} so that ARQ
 * does not unwrap it and query the base dataset (whose default graph is empty).
 */
public final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    public UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphName) {
        return isDefault(graphName) ? getUnionGraph() : super.getGraph(graphName);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return isDefault(g) ? super.find(Quad.unionGraph, s, p, o) : super.find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return isDefault(g) ? super.contains(Quad.unionGraph, s, p, o) : super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private static boolean isDefault(Node graphName) {
        return graphName != null && Quad.isDefaultGraph(graphName);
    }
}
