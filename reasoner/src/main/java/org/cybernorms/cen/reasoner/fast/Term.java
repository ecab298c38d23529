package org.cybernorms.cen.reasoner.fast;

import org.apache.jena.graph.Node;

/** A rule term: a variable (numbered within its rule) or a constant RDF node. */
record Term(int variable, Node constant) {

    static Term var(int number) {
        return new Term(number, null);
    }

    static Term of(Node constant) {
        return new Term(-1, constant);
    }

    boolean isVariable() {
        return constant == null;
    }

    @Override
    public String toString() {
        return isVariable() ? "?v" + variable : constant.toString();
    }
}
