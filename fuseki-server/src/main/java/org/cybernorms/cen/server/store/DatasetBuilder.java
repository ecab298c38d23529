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
        Inputs inputs = Inputs.of(userFiles, engine);
        if (tdb2Directory != null) {
            return Tdb2Store.open(tdb2Directory, inputs);
        }
        return ServedDataset.inMemory(inputs.reasoned().asDatasetGraph());
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
