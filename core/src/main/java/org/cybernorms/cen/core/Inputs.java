package org.cybernorms.cen.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a knowledge base is made of, ontology and data apart, in load order.
 * Nothing is read until {@link #load()}; a path that does not exist is refused at once.
 *
 * @param ontology documents for the ontology graph
 * @param data documents for the data graph (the bundled data, then a researcher's files)
 */
public record Inputs(List<RdfSource> ontology, List<RdfSource> data) {

    public Inputs {
        ontology = List.copyOf(ontology);
        data = List.copyOf(data);
    }

    /** The bundled ontology and data, and the user's files or folders added to the data. */
    public static Inputs bundledWith(List<Path> userFiles) {
        List<RdfSource> data = new ArrayList<>(TurtleFiles.bundledData());
        data.addAll(TurtleFiles.at(userFiles));
        return new Inputs(TurtleFiles.bundledOntology(), data);
    }

    /** Every document, ontology first. */
    public List<RdfSource> all() {
        List<RdfSource> all = new ArrayList<>(ontology);
        all.addAll(data);
        return List.copyOf(all);
    }

    /**
     * Parses every document, all or nothing.
     *
     * @throws CenInputException on the first document that cannot be read or parsed
     */
    public KnowledgeBase load() {
        return new KnowledgeBase(DatasetLoader.parseAll(ontology), DatasetLoader.parseAll(data), this);
    }
}
