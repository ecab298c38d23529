package org.cybernorms.cen.server.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.core.TurtleFiles;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.ShapeViolationException;
import org.cybernorms.cen.reasoner.Validation;

/**
 * Makes the dataset to serve: the bundled ontology and data plus a researcher's files,
 * reasoned, in memory or in a TDB2 directory.
 */
public final class DatasetBuilder {

    private DatasetBuilder() {}

    /**
     * Loads and reasons in memory, or uses the TDB2 directory when one is given.
     *
     * @throws org.cybernorms.cen.core.CenInputException on unreadable input, bad Turtle,
     *     data that break the shapes or inconsistent data (before anything is served)
     */
    public static ServedDataset build(List<Path> userFiles, Path tdb2Directory) {
        return build(userFiles, tdb2Directory, CenReasoner.DEFAULT_ENGINE);
    }

    /** As {@link #build(List, Path)}, reasoning with the engine named. */
    public static ServedDataset build(List<Path> userFiles, Path tdb2Directory, CenReasoner.Engine engine) {
        return build(userFiles, tdb2Directory, engine, false);
    }

    /**
     * As {@link #build(List, Path, CenReasoner.Engine)}, for a server, which answers many
     * queries: an in-memory store's default graph is then a copy of the union made once
     * (faster to query than a view of it, at the cost of a second copy of every triple).
     */
    public static ServedDataset forServing(List<Path> userFiles, Path tdb2Directory, CenReasoner.Engine engine) {
        return build(userFiles, tdb2Directory, engine, true);
    }

    private static ServedDataset build(List<Path> userFiles, Path tdb2Directory, CenReasoner.Engine engine,
            boolean copyUnion) {
        Inputs inputs = Inputs.of(userFiles, engine);
        if (tdb2Directory != null) {
            return Tdb2Store.open(tdb2Directory, inputs);
        }
        return ServedDataset.inMemory(inputs.reasoned().asDatasetGraph(), copyUnion);
    }

    /** The documents to load, ontology and data apart, and the engine that reasons over them. */
    record Inputs(List<RdfSource> ontology, List<RdfSource> data, CenReasoner.Engine engine) {

        static Inputs of(List<Path> userFiles, CenReasoner.Engine engine) {
            List<RdfSource> data = new ArrayList<>(TurtleFiles.bundledData());
            data.addAll(TurtleFiles.at(userFiles));
            return new Inputs(TurtleFiles.bundledOntology(), List.copyOf(data), engine);
        }

        List<RdfSource> all() {
            List<RdfSource> all = new ArrayList<>(ontology);
            all.addAll(data);
            return all;
        }

        /** Loads into a new in-memory dataset and adds the inferred graph. */
        Dataset reasoned() {
            Dataset dataset = DatasetLoader.load(ontology, data);
            Validation.checkShapes(dataset);
            CenReasoner.materialise(dataset, all(), engine);
            return dataset;
        }
    }
}
