package org.cybernorms.cen.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one generated Turtle file in the layout of data/: a header comment, the base and
 * prefixes, then one block per subject. Written by hand rather than through a Jena writer
 * so that the bytes depend on nothing but the generator's choices (same seed, same files)
 * and millions of triples stream out without a model in memory.
 */
final class TurtleFile implements Closeable {

    private static final String PREFIXES = """
            @base   <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen:  <https://w3id.org/cyber-election-norms/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix dct:  <http://purl.org/dc/terms/> .
            @prefix prov: <http://www.w3.org/ns/prov#> .

            """;

    private final BufferedWriter out;

    TurtleFile(Path path, String header) throws IOException {
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        for (String line : header.strip().split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("\n");
        out.write(PREFIXES);
    }

    /** One subject with its predicate-object pairs, each already in Turtle ("cen:heldIn <state/x>"). */
    void subject(String relativeIri, List<String> predicateObjects) throws IOException {
        out.write("<" + relativeIri + ">");
        for (int i = 0; i < predicateObjects.size(); i++) {
            out.write(i == 0 ? " " : " ;\n    ");
            out.write(predicateObjects.get(i));
        }
        out.write(" .\n\n");
    }

    /** A relative IRI in Turtle. */
    static String iri(String relative) {
        return "<" + relative + ">";
    }

    /** An English string literal. */
    static String english(String text) {
        return string(text) + "@en";
    }

    /** A plain string literal (xsd:string). */
    static String string(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
