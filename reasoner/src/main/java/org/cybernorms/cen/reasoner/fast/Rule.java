package org.cybernorms.cen.reasoner.fast;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A forward rule compiled from one OWL axiom: when every body atom matches, the head is
 * added. A rule without a head is a clash: its body must never match (disjoint classes,
 * {@code owl:Nothing}, disjoint or asymmetric properties).
 *
 * @param origin the axiom the rule comes from, for messages
 */
record Rule(List<Atom> body, Atom head, String origin) {

    Rule {
        body = List.copyOf(body);
    }

    boolean isClash() {
        return head == null;
    }

    /** Every head variable occurs in the body, so each match gives a ground head. */
    boolean isSafe() {
        if (head == null) {
            return true;
        }
        Set<Integer> bound = new HashSet<>();
        for (Atom atom : body) {
            addVariable(atom.subject(), bound);
            addVariable(atom.object(), bound);
        }
        return (!head.subject().isVariable() || bound.contains(head.subject().variable()))
                && (!head.object().isVariable() || bound.contains(head.object().variable()));
    }

    private static void addVariable(Term term, Set<Integer> into) {
        if (term.isVariable()) {
            into.add(term.variable());
        }
    }

    @Override
    public String toString() {
        return body + " -> " + (head == null ? "CLASH" : head) + "    [" + origin + "]";
    }
}
