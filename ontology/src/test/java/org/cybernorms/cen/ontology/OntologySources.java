package org.cybernorms.cen.ontology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Finds the ontology's Turtle files on the test class path and reads them into one Jena
 * model. Each file is parsed on its own so that a syntax error names its file.
 */
final class OntologySources {

    /** Class-path folder that holds the ontology files (src/main/resources/ontology). */
    static final String FOLDER = "ontology";

    private OntologySources() {}

    /** The ontology's Turtle files, sorted by name. */
    static List<Path> files() {
        try (Stream<Path> entries = Files.list(resourceFolder(FOLDER))) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new model holding the union of all ontology files. */
    static Model model() {
        Model model = ModelFactory.createDefaultModel();
        for (Path file : files()) {
            model.add(read(file));
        }
        return model;
    }

    /** Parses one Turtle file into a new model. */
    static Model read(Path file) {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, file.toUri().toString());
        return model;
    }

    /** A folder of the test class path as a file-system path (tests run from target/). */
    static Path resourceFolder(String name) {
        URL url = OntologySources.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no folder '" + name + "' on the class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
