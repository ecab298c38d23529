package org.cybernorms.cen.server.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;

/**
 * The terms of the CEN ontology as its documentation shows them, read from the ontology
 * graph: every {@code cen:} class, property and named individual with its label,
 * definition, source, super- and sub-terms, domain and range.
 */
public final class OntologyTerms {

    /** What a term is, in the order the documentation lists them. */
    public enum Kind {
        CLASS("Classes", OWL2.Class), OBJECT_PROPERTY("Object properties", OWL2.ObjectProperty),
        DATA_PROPERTY("Data properties", OWL2.DatatypeProperty),
        ANNOTATION_PROPERTY("Annotation properties", OWL2.AnnotationProperty),
        INDIVIDUAL("Individuals (controlled values)", OWL2.NamedIndividual);

        public final String heading;
        final Node type;

        Kind(String heading, org.apache.jena.rdf.model.Resource type) {
            this.heading = heading;
            this.type = type.asNode();
        }
    }

    /** One documented term; lists hold IRIs or literals as they are in the graph. */
    public record Term(Node iri, Kind kind, String label, String definition, List<Node> sources,
                       List<Node> types, List<Node> supers, List<Node> subs, List<Node> domains, List<Node> ranges) {

        public String localName() {
            return iri.getURI().substring(CEN.NS.length());
        }
    }

    private static final Node SKOS_DEFINITION = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");

    private OntologyTerms() {}

    /** The documented terms, grouped by kind and sorted by local name, with labels of every IRI named. */
    public static Documentation read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            Graph ontology = dataset.getGraph(NodeFactory.createURI(CEN.GRAPH_ONTOLOGY));
            Map<Node, Kind> kinds = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                ontology.find(Node.ANY, RDF.type.asNode(), kind.type).forEachRemaining(t -> {
                    if (t.getSubject().isURI() && CEN.isTerm(t.getSubject().getURI())) {
                        kinds.putIfAbsent(t.getSubject(), kind);
                    }
                });
            }
            List<Term> terms = new ArrayList<>();
            kinds.forEach((iri, kind) -> terms.add(term(ontology, iri, kind)));
            terms.sort(Comparator.comparing((Term t) -> t.kind().ordinal()).thenComparing(Term::localName));
            Map<Node, String> labels = new HashMap<>();
            ontology.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t ->
                    labels.computeIfAbsent(t.getSubject(), s -> Labels.english(ontology, s)));
            return new Documentation(List.copyOf(terms), labels);
        });
    }

    /** The terms and the labels to show for the IRIs they mention. */
    public record Documentation(List<Term> terms, Map<Node, String> labels) {}

    private static Term term(Graph g, Node iri, Kind kind) {
        boolean isClass = kind == Kind.CLASS;
        Node subOf = (isClass ? RDFS.subClassOf : RDFS.subPropertyOf).asNode();
        List<Node> types = kind == Kind.INDIVIDUAL
                ? named(objects(g, iri, RDF.type.asNode())).stream().filter(t -> !t.equals(OWL2.NamedIndividual.asNode())).toList()
                : List.of();
        return new Term(iri, kind, Labels.english(g, iri), literal(g, iri, SKOS_DEFINITION),
                objects(g, iri, DCTerms.source.asNode()), types,
                kind == Kind.INDIVIDUAL ? List.of() : named(objects(g, iri, subOf)),
                kind == Kind.INDIVIDUAL ? List.of() : named(subjects(g, subOf, iri)),
                named(objects(g, iri, RDFS.domain.asNode())), named(objects(g, iri, RDFS.range.asNode())));
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        return g.find(Node.ANY, p, o).mapWith(Triple::getSubject).toList();
    }

    /** Named terms only (class expressions are blank nodes), sorted. */
    private static List<Node> named(List<Node> nodes) {
        return nodes.stream().filter(Node::isURI).distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    private static String literal(Graph g, Node s, Node p) {
        String fallback = null;
        for (Node o : objects(g, s, p)) {
            if (o.isLiteral()) {
                if (o.getLiteralLanguage().startsWith("en")) {
                    return o.getLiteralLexicalForm();
                }
                fallback = fallback == null ? o.getLiteralLexicalForm() : fallback;
            }
        }
        return fallback;
    }
}
