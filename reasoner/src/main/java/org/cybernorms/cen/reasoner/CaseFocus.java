package org.cybernorms.cen.reasoner;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The nodes whose shapes a case added to a valid knowledge base can break, so that only
 * they are validated ({@link Validation#checkShapes(org.cybernorms.cen.core.KnowledgeBase,
 * java.util.Collection)}): every node the case's triples name, and every node that links to
 * one of them.
 *
 * <p>Why that is enough: a case only adds triples, and the bundled shapes read, from a
 * focus node, its own triples, the triples that point at it ({@code sh:inversePath}, the
 * exclusion shape's {@code ?question cen:hasAnswer $this}), and the types and triples of
 * the nodes it links to ({@code sh:class}, the supersession shape's dates, holders and
 * answers of the superseded position, the second step of a position's
 * {@code cen:answer/^cen:hasAnswer}). A new triple {@code s p o} therefore changes what is
 * read from {@code s}, from {@code o}, and from a node linking to {@code s} or {@code o};
 * a node linking to a class only by {@code rdf:type} reads nothing of the class but its
 * superclasses, which a case can change only with {@code rdfs:subClassOf}, and a case with
 * an {@code rdfs:subClassOf} triple (which changes what {@code sh:targetClass} and
 * {@code sh:class} mean) is validated whole. A shape that reads further from its focus
 * node must extend this: {@code CaseReasonerTest} compares the focused report with the
 * whole one on a case that breaks every shape.
 */
final class CaseFocus {

    private CaseFocus() {}

    /**
     * The nodes to validate, or empty when the whole graph must be.
     *
     * @param asserted the knowledge base with the case (ontology, data and case)
     * @param added the case's triples that the knowledge base did not hold
     */
    static Optional<Set<Node>> of(Graph asserted, Graph added) {
        if (added.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)) {
            return Optional.empty();
        }
        Set<Node> named = new LinkedHashSet<>();
        added.find().forEachRemaining(t -> {
            named.add(t.getSubject());
            if (!t.getObject().isLiteral()) {
                named.add(t.getObject());
            }
        });
        Set<Node> focus = new LinkedHashSet<>(named);
        for (Node node : named) {
            asserted.find(Node.ANY, Node.ANY, node).forEachRemaining(t -> {
                if (!t.getPredicate().equals(RDF.type.asNode())) {
                    focus.add(t.getSubject());
                }
            });
        }
        return Optional.of(focus);
    }
}
