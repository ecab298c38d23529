package org.cybernorms.cen.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathParser;
import org.cybernorms.cen.core.CEN;

/**
 * A Turtle document under {@code shape-fixtures/} that violates one shape: the file is
 * named after the shape ({@code PositionHolderShape.ttl}) and states what the report must
 * name in comment lines of the form
 * {@code # expect: <position/fixture/x> cen:heldBy}: the focus node (relative to
 * {@code cenid:}) and the result path in SPARQL property-path syntax.
 */
record ShapeFixture(String shapeName, java.nio.file.Path file, List<Expected> expected) {

    /** One result the report must hold. */
    record Expected(Node focus, Path path) {
        @Override
        public String toString() {
            return "focus " + focus + ", path " + path;
        }
    }

    private static final Pattern EXPECT = Pattern.compile("^#\\s*expect:\\s*<([^>]+)>\\s+(\\S.*?)\\s*$");

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cen", CEN.NS)
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .lock();

    /** Every fixture of the folder, sorted by name. */
    static List<ShapeFixture> all(java.nio.file.Path folder) {
        try (Stream<java.nio.file.Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().map(ShapeFixture::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ShapeFixture read(java.nio.file.Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
        List<Expected> expected = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher m = EXPECT.matcher(line);
                if (m.matches()) {
                    Node focus = NodeFactory.createURI(m.group(1).contains(":") ? m.group(1) : CEN.ID + m.group(1));
                    expected.add(new Expected(focus, PathParser.parse(m.group(2), PREFIXES)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ShapeFixture(name, file, List.copyOf(expected));
    }

    Node shape() {
        return NodeFactory.createURI(CenShapes.NS + shapeName);
    }

    @Override
    public String toString() {
        return shapeName;
    }
}
