package org.cybernorms.cen.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.core.TurtleFiles;

/**
 * Loads Turtle with core's loader into one graph holding the ontology and the given data
 * documents, so that SHACL and the tests see rdfs:subClassOf beside the facts.
 */
final class TestGraphs {

    private TestGraphs() {}

    /** The ontology's documents, from the class path as the reasoner reads them. */
    static List<RdfSource> ontology() {
        return TurtleFiles.bundledOntology();
    }

    /** The curated data of this module. */
    static List<RdfSource> data() {
        return TurtleFiles.at(ProjectFiles.dataDir());
    }

    /** A new graph: the ontology plus the curated data. */
    static Graph ontologyAndData() {
        return ontologyPlus(data());
    }

    /** A new graph: the ontology plus the given document (a fixture). */
    static Graph ontologyPlus(Path document) {
        return ontologyPlus(List.of(RdfSource.file(document)));
    }

    /** A new graph: the ontology plus the given documents. */
    static Graph ontologyPlus(List<RdfSource> documents) {
        List<RdfSource> all = new ArrayList<>(ontology());
        all.addAll(documents);
        return DatasetLoader.parseAll(all);
    }
}
