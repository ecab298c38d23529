package org.cybernorms.cen.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * The knowledge base as CEN-KG commands load it: the bundled ontology, the bundled data
 * and a researcher's own Turtle files (added to the data graph), all or nothing.
 *
 * @param dataset the loaded dataset (ontology and data graphs)
 * @param inputs every document it was loaded from, in order, to name files in errors
 */
public record KnowledgeBase(Dataset dataset, List<RdfSource> inputs) {

    /** Loads the bundled ontology and data plus the given files or folders. */
    public static KnowledgeBase load(List<Path> extraFiles) {
        List<RdfSource> ontology = TurtleFiles.bundledOntology();
        List<RdfSource> data = new ArrayList<>(TurtleFiles.bundledData());
        data.addAll(TurtleFiles.at(extraFiles));
        List<RdfSource> inputs = new ArrayList<>(ontology);
        inputs.addAll(data);
        return new KnowledgeBase(DatasetLoader.load(ontology, data), List.copyOf(inputs));
    }
}
