package org.cybernorms.cen.data;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.TurtleFiles;

/** The SHACL shapes as the reasoner loads them (class-path folder {@code shapes/}), parsed once per call. */
final class CenShapes {

    /** Namespace of the shapes. */
    static final String NS = "https://w3id.org/cyber-election-norms/shapes#";

    private final Graph graph;
    private final Shapes shapes;

    private CenShapes(Graph graph) {
        this.graph = graph;
        this.shapes = Shapes.parse(graph);
    }

    static CenShapes load() {
        return new CenShapes(DatasetLoader.parseAll(TurtleFiles.onClasspath("shapes")));
    }

    ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * The named shapes that carry constraints of their own (property shapes, and node
     * shapes with a SPARQL constraint), so each is the source shape of the results it
     * produces and needs a fixture. Node shapes that only group property shapes are left out.
     */
    List<Node> constrainedShapes() {
        return graph.find(Node.ANY, Node.ANY, Node.ANY)
                .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(NS))
                .filterKeep(t -> (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(SHACL.PropertyShape))
                        || t.getPredicate().equals(SHACL.sparql))
                .mapWith(t -> t.getSubject())
                .toSet()
                .stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .toList();
    }

    static String localName(Node shape) {
        return shape.getURI().substring(NS.length());
    }
}
