package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The axioms to compile: the ontology graph, plus the axioms a researcher's data file may
 * carry (a subclass or sub-property axiom, a restriction, a declaration), with the blank
 * nodes they hang from. Only this small graph goes through the OWL API; the facts stay in
 * Jena, which is what keeps the fast engine near the cost of parsing.
 */
final class SchemaGraph {

    private static final Set<Node> SCHEMA_PREDICATES = Set.of(
            RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(),
            OWL2.equivalentClass.asNode(), OWL2.equivalentProperty.asNode(), OWL2.inverseOf.asNode(),
            OWL2.propertyChainAxiom.asNode(), OWL2.disjointWith.asNode(), OWL2.propertyDisjointWith.asNode(),
            OWL2.hasKey.asNode(), OWL2.disjointUnionOf.asNode());

    private SchemaGraph() {}

    /** A new graph: the ontology and the schema triples of the data. */
    static Graph of(Graph ontology, Graph data) {
        Graph schema = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(schema::add);
        Deque<Node> blanks = new ArrayDeque<>();
        data.find().forEachRemaining(t -> {
            if (isSchema(t)) {
                schema.add(t);
                if (t.getObject().isBlank()) {
                    blanks.add(t.getObject());
                }
            }
        });
        Set<Node> seen = new HashSet<>();
        while (!blanks.isEmpty()) {
            Node blank = blanks.pop();
            if (seen.add(blank)) {
                data.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    schema.add(t);
                    if (t.getObject().isBlank()) {
                        blanks.add(t.getObject());
                    }
                });
            }
        }
        return schema;
    }

    /** Whether the triple is part of an axiom (or of a blank node an axiom hangs from). */
    static boolean isSchema(Triple t) {
        if (SCHEMA_PREDICATES.contains(t.getPredicate())) {
            return true;
        }
        if (t.getSubject().isBlank()) {
            return true; // a restriction, a list or an axiom written as a blank node
        }
        if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
            String type = t.getObject().getURI();
            // owl:Class, owl:ObjectProperty, owl:SymmetricProperty, ... but not owl:NamedIndividual.
            return type.startsWith(OWL2.NS) && !type.equals(OWL2.NamedIndividual.getURI())
                    || t.getObject().isBlank();
        }
        return t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isBlank();
    }
}
