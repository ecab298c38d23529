package org.cybernorms.cen.core;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The named graphs of a CEN-KG dataset ({@link CEN#GRAPH_ONTOLOGY}, {@link CEN#GRAPH_DATA}, {@link CEN#GRAPH_INFERRED}). */
public final class NamedGraphs {

    private NamedGraphs() {}

    /**
     * The named graph of a dataset, live: on a transactional store (TDB2) read it inside
     * the caller's transaction, never after it.
     */
    public static Graph get(DatasetGraph dataset, String graphName) {
        return dataset.getGraph(NodeFactory.createURI(graphName));
    }

    /** A new in-memory dataset holding copies of the graphs given (an inferred graph may be null). */
    public static DatasetGraph of(Graph ontology, Graph data, Graph inferred) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        dataset.executeWrite(() -> {
            GraphUtil.addInto(get(dataset, CEN.GRAPH_ONTOLOGY), ontology);
            GraphUtil.addInto(get(dataset, CEN.GRAPH_DATA), data);
            if (inferred != null) {
                GraphUtil.addInto(get(dataset, CEN.GRAPH_INFERRED), inferred);
            }
        });
        return dataset;
    }
}
