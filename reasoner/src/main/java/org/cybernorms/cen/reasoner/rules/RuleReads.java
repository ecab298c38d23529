package org.cybernorms.cen.reasoner.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.Path;

/**
 * The predicates a rule's pattern reads: every triple pattern and property-path link,
 * inside FILTER (NOT) EXISTS, OPTIONAL, UNION and sub-queries too. A rule's result depends
 * only on the triples with these predicates, so the rule stage need not run it again until
 * one of them gains a triple.
 *
 * <p>Where the predicate is not a constant (a variable, a negated property set, a property
 * function, a named graph or a remote service), the rule reads {@linkplain #anyPredicate()
 * any predicate}: it is then run again after every change, which is always correct.
 */
public record RuleReads(Set<Node> predicates, boolean anyPredicate) {

    /** What the query reads. */
    public static RuleReads of(Query query) {
        Set<Node> predicates = new HashSet<>();
        boolean[] any = {false};
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(this::triple);
            }

            @Override
            public void visit(OpTriple triple) {
                triple(triple.getTriple());
            }

            @Override
            public void visit(OpQuadPattern quads) {
                quads.getBasicPattern().forEach(this::triple);
            }

            @Override
            public void visit(OpPath path) {
                any[0] |= !links(path.getTriplePath().getPath(), predicates);
            }

            @Override
            public void visit(OpGraph graph) {
                any[0] = true;
            }

            @Override
            public void visit(OpService service) {
                any[0] = true;
            }

            @Override
            public void visit(OpPropFunc function) {
                any[0] = true;
            }

            private void triple(Triple triple) {
                if (triple.getPredicate().isConcrete()) {
                    predicates.add(triple.getPredicate());
                } else {
                    any[0] = true;
                }
            }
        };
        // Walker enters sub-queries and the patterns of FILTER (NOT) EXISTS too (RuleReadsTest).
        Walker.walk(Algebra.compile(query), visitor);
        return new RuleReads(Set.copyOf(predicates), any[0]);
    }

    /** Whether a triple with any of these predicates can change what the rule derives. */
    public boolean readsAnyOf(Collection<Node> changed) {
        return !changed.isEmpty() && (anyPredicate || changed.stream().anyMatch(predicates::contains));
    }

    /** Adds the path's links to {@code into}; false when some step is not a plain link. */
    private static boolean links(Path path, Set<Node> into) {
        if (path instanceof P_Link link) {
            into.add(link.getNode());
            return true;
        }
        if (path instanceof P_ReverseLink link) {
            into.add(link.getNode());
            return true;
        }
        if (path instanceof P_Path1 unary) {
            return links(unary.getSubPath(), into);
        }
        if (path instanceof P_Path2 binary) {
            return links(binary.getLeft(), into) & links(binary.getRight(), into);
        }
        return false;
    }
}
