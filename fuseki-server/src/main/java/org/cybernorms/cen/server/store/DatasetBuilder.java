package org.cybernorms.cen.server.store;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.KnowledgeGraph;

/**
 * Makes the dataset a server serves from the reasoned knowledge graph
 * ({@link KnowledgeGraph}): in memory, its default graph a copy of the union of the named
 * graphs, or in a TDB2 directory reused while the inputs are unchanged.
 */
public final class DatasetBuilder {

    private DatasetBuilder() {}

    /**
     * Loads, checks and reasons in memory, or uses the TDB2 directory when one is given.
     * A server answers many queries, so the in-memory default graph is a copy of the union
     * made once (faster to query than a view of it, at the cost of a second copy of every
     * triple).
     *
     * @throws org.cybernorms.cen.core.CenException on unreadable input, bad Turtle, data
     *     that break the shapes or inconsistent data (before anything is served)
     */
    public static ServedDataset forServing(Inputs inputs, Path tdb2Directory, Engine engine) {
        // Read before reasoning, so that the hash names exactly the bytes that were reasoned.
        String hash = InputsHash.of(inputs.all());
        if (tdb2Directory != null) {
            return Tdb2Store.open(tdb2Directory, inputs, hash, engine);
        }
        return ServedDataset.inMemory(reason(inputs, engine), true, hash);
    }

    /** The reasoned named graphs, in memory. */
    static DatasetGraph reason(Inputs inputs, Engine engine) {
        return KnowledgeGraph.load(inputs).checkShapes().reason(engine).namedGraphs();
    }
}
