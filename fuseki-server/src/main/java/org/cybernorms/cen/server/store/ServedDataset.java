package org.cybernorms.cen.server.store;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.core.CEN;

/**
 * The dataset a server serves, its default graph the union of the named graphs, with the
 * figures of the start-up line.
 *
 * @param dataset the union-default view over the store
 * @param loaded triples in the ontology and data graphs
 * @param inferred triples in the inferred graph
 * @param reused true when a TDB2 store was reused without loading or reasoning
 * @param closer releases the store (a TDB2 directory) when the server stops
 */
public record ServedDataset(DatasetGraph dataset, long loaded, long inferred, boolean reused, Runnable closer) {

    /** Counts the graphs of a store and wraps it in the union-default view. */
    static ServedDataset of(DatasetGraph store, boolean reused, Runnable closer) {
        long[] counts = Txn.calculateRead(store, () -> new long[] {
            size(store, CEN.GRAPH_ONTOLOGY) + size(store, CEN.GRAPH_DATA), size(store, CEN.GRAPH_INFERRED)});
        return new ServedDataset(new UnionDefaultGraph(store), counts[0], counts[1], reused, closer);
    }

    private static long size(DatasetGraph store, String graph) {
        return store.getGraph(NodeFactory.createURI(graph)).size();
    }
}
