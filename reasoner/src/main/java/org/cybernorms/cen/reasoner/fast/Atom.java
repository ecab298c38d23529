package org.cybernorms.cen.reasoner.fast;

import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * A triple pattern whose predicate is always a constant: {@code ?x rdf:type C} for a class
 * atom, {@code ?x p ?y} for a property atom.
 */
record Atom(Term subject, Node predicate, Term object) {

    /** The atom with variables replaced by the constants they are bound to. */
    Atom substitute(Map<Integer, Node> constants) {
        return new Atom(substitute(subject, constants), predicate, substitute(object, constants));
    }

    private static Term substitute(Term term, Map<Integer, Node> constants) {
        return term.isVariable() && constants.containsKey(term.variable())
                ? Term.of(constants.get(term.variable())) : term;
    }

    @Override
    public String toString() {
        return "(" + subject + " " + predicate.getLocalName() + " " + object + ")";
    }
}
