package org.cybernorms.cen.server.store;

import java.nio.file.Path;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.NamedGraphs;
import org.cybernorms.cen.core.UnionDefaultGraph;

/**
 * The dataset a server serves, its default graph the union of the named graphs and its
 * full-text index attached ({@link TextIndexes}), with the figures of the start-up line.
 *
 * @param dataset the store, its default graph the union of its named graphs
 * @param loaded triples in the ontology and data graphs
 * @param inferred triples in the inferred graph
 * @param reused true when a TDB2 store was reused without loading or reasoning
 * @param inputsHash the {@link InputsHash} of everything the dataset was computed from: it
 *     names this dataset (the HTTP validators are derived from it)
 * @param closer releases the store (a TDB2 directory) and the text index when the server stops
 */
public record ServedDataset(DatasetGraph dataset, long loaded, long inferred, boolean reused, String inputsHash,
        Runnable closer) {

    /**
     * Serves an in-memory store, which no longer changes: its default graph is a copy of the
     * union of its named graphs made once when {@code copyUnion}, else a view of it.
     */
    static ServedDataset inMemory(DatasetGraph store, boolean copyUnion, String inputsHash) {
        DatasetGraph served = copyUnion ? UnionDefaultGraph.copied(store) : new UnionDefaultGraph(store);
        TextIndex index = TextIndexes.inMemory(served);
        return counted(store, served, false, inputsHash, index::close);
    }

    /**
     * Serves a TDB2 store, its default graph a view of the union (nothing copied into
     * memory), with its text index in {@code indexDirectory}, filled anew unless
     * {@code reused}.
     */
    static ServedDataset tdb2(DatasetGraph store, Path indexDirectory, boolean reused, String inputsHash, Runnable closer) {
        DatasetGraph served = new UnionDefaultGraph(store);
        TextIndex index = TextIndexes.onDisk(indexDirectory, served, !reused);
        return counted(store, served, reused, inputsHash, () -> {
            index.close();
            closer.run();
        });
    }

    private static ServedDataset counted(DatasetGraph store, DatasetGraph served, boolean reused, String inputsHash,
                                         Runnable closer) {
        long[] counts = Txn.calculateRead(store, () -> new long[] {
            size(store, CEN.GRAPH_ONTOLOGY) + size(store, CEN.GRAPH_DATA), size(store, CEN.GRAPH_INFERRED)});
        return new ServedDataset(served, counts[0], counts[1], reused, inputsHash, closer);
    }

    private static long size(DatasetGraph store, String graph) {
        return NamedGraphs.get(store, graph).size();
    }
}
