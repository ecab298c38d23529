package org.cybernorms.cen.reasoner.fast;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Puts the triples the rules can use into a store: every {@code rdf:type} triple and the
 * triples of predicates the rules name. Labels, comments, quotes and provenance links
 * (most of the data) are left in Jena.
 */
final class FactLoader {

    private final FactStore store;
    private final Materialiser materialiser;
    private final Set<Node> predicates;
    private final int rdfType;

    FactLoader(FactStore store, Materialiser materialiser, Set<Node> predicates) {
        this.store = store;
        this.materialiser = materialiser;
        this.predicates = predicates;
        this.rdfType = store.intern(RDF.type.asNode());
    }

    void load(Graph graph) {
        graph.find().forEachRemaining(this::load);
    }

    void load(Triple t) {
        Node predicate = t.getPredicate();
        if (predicate.equals(RDF.type.asNode())) {
            materialiser.assertFact(store.intern(t.getSubject()), rdfType, store.intern(t.getObject()));
        } else if (predicates.contains(predicate)) {
            materialiser.assertFact(store.intern(t.getSubject()), store.intern(predicate), store.intern(t.getObject()));
        }
    }
}
