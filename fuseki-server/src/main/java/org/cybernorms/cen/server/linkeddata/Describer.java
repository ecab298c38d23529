package org.cybernorms.cen.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;

/**
 * Describes a resource from a served dataset: its triples from every graph (marking those
 * only the inferred graph holds), the triples pointing to it, and the citations it was
 * derived from with their quotes. Reads inside one read transaction.
 */
final class Describer {

    /** At most this many incoming triples are shown, so a hub (a class, a State) stays readable. */
    static final int MAX_INCOMING = 500;

    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node INFERRED = NodeFactory.createURI(CEN.GRAPH_INFERRED);
    private static final Comparator<Triple> ORDER = Comparator
            .comparing((Triple t) -> t.getPredicate().toString())
            .thenComparing(t -> t.getObject().toString())
            .thenComparing(t -> t.getSubject().toString());

    private final DatasetGraph dataset;

    /** @param dataset a dataset whose default graph is the union of its named graphs */
    Describer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    Description describe(Node subject) {
        return Txn.calculateRead(dataset, () -> build(subject));
    }

    private Description build(Node subject) {
        Graph union = dataset.getUnionGraph();
        Graph inferred = dataset.getGraph(INFERRED);
        Model rdf = ModelFactory.createDefaultModel();
        rdf.setNsPrefixes(CenNames.prefixes());

        List<Triple> own = union.find(subject, Node.ANY, Node.ANY).toList();
        own.sort(ORDER);
        List<Description.Statement> statements = new ArrayList<>();
        for (Triple t : own) {
            statements.add(new Description.Statement(t, !assertedSomewhere(t) && inferred.contains(t)));
            rdf.getGraph().add(t);
        }
        List<Triple> incoming = new ArrayList<>(union.find(Node.ANY, Node.ANY, subject).toList());
        incoming.sort(ORDER);
        if (incoming.size() > MAX_INCOMING) {
            incoming = new ArrayList<>(incoming.subList(0, MAX_INCOMING));
        }
        incoming.forEach(rdf.getGraph()::add);

        List<Description.Citation> citations = new ArrayList<>();
        for (Triple derivation : union.find(subject, WAS_DERIVED_FROM, Node.ANY).toList()) {
            citations.add(citation(union, derivation.getObject(), rdf));
        }

        Set<Node> shown = new LinkedHashSet<>();
        shown.add(subject);
        own.forEach(t -> { shown.add(t.getPredicate()); shown.add(t.getObject()); });
        incoming.forEach(t -> { shown.add(t.getSubject()); shown.add(t.getPredicate()); });
        citations.forEach(c -> shown.add(c.source()));
        return new Description(subject, List.copyOf(statements), List.copyOf(incoming), List.copyOf(citations),
                labels(union, shown), rdf);
    }

    private boolean assertedSomewhere(Triple t) {
        for (String graph : List.of(CEN.GRAPH_DATA, CEN.GRAPH_ONTOLOGY)) {
            if (dataset.getGraph(NodeFactory.createURI(graph)).contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static Description.Citation citation(Graph union, Node citation, Model rdf) {
        union.find(citation, Node.ANY, Node.ANY).forEachRemaining(rdf.getGraph()::add);
        Node source = first(union, citation, DCTerms.source.asNode());
        String title = null;
        if (source != null) {
            union.find(source, DCTerms.title.asNode(), Node.ANY).forEachRemaining(rdf.getGraph()::add);
            title = lexical(first(union, source, DCTerms.title.asNode()));
        }
        return new Description.Citation(citation, source, title,
                lexical(first(union, citation, CEN.locator.asNode())), lexical(first(union, citation, CEN.quote.asNode())));
    }

    private static Map<Node, String> labels(Graph union, Set<Node> nodes) {
        Map<Node, String> labels = new HashMap<>();
        for (Node node : nodes) {
            if (node != null && node.isURI()) {
                String label = Labels.english(union, node);
                if (label != null) {
                    labels.put(node, label);
                }
            }
        }
        return labels;
    }

    private static Node first(Graph graph, Node subject, Node predicate) {
        var it = graph.find(subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static String lexical(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
