package org.cybernorms.cen.server.linkeddata;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;

/**
 * What the server says about one resource.
 *
 * @param subject the resource
 * @param statements its own triples from all graphs, in a stable order
 * @param incoming triples of other resources that point to it
 * @param citations the citations it was derived from, with their quotes
 * @param labels an English label for IRIs shown, where the data have one
 * @param rdf all of the above as one RDF graph (the body of the non-HTML representations)
 */
public record Description(Node subject, List<Statement> statements, List<Triple> incoming,
                          List<Citation> citations, Map<Node, String> labels, Model rdf) {

    /** One triple about the subject; {@code inferred} when only the reasoner's graph holds it. */
    public record Statement(Triple triple, boolean inferred) {}

    /** A citation: where in which source, and the words (any part may be null). */
    public record Citation(Node citation, Node source, String sourceTitle, String locator, String quote) {}

    /** True when no graph mentions the resource. */
    public boolean isEmpty() {
        return statements.isEmpty() && incoming.isEmpty();
    }

    /** The label of an IRI, or null. */
    public String label(Node node) {
        return labels.get(node);
    }
}
