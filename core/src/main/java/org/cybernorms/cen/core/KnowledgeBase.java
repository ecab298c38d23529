package org.cybernorms.cen.core;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;

/**
 * The asserted knowledge base, loaded: the ontology graph, the data graph and the inputs
 * they were read from (to name the file of a fact in an error). Nothing inferred.
 * The graphs are plain in-memory graphs: read them without a transaction.
 */
public record KnowledgeBase(Graph ontology, Graph data, Inputs inputs) {

    /**
     * Loads the bundled ontology and data plus the given files or folders, all or nothing.
     *
     * @throws CenInputException when a file is missing, unreadable, not UTF-8 or not Turtle
     */
    public static KnowledgeBase load(List<Path> userFiles) {
        return Inputs.bundledWith(userFiles).load();
    }

    /** A read-only view of ontology + data. */
    public Graph asserted() {
        return new MultiUnion(new Graph[] {ontology, data});
    }

    /** A new in-memory dataset with the ontology and data as named graphs (a copy). */
    public Dataset dataset() {
        return DatasetFactory.wrap(NamedGraphs.of(ontology, data, null));
    }
}
