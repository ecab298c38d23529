package org.cybernorms.cen.reasoner.rules;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
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
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_ReverseLink;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The predicates a rule's pattern reads: every triple pattern and property-path link,
 * inside FILTER (NOT) EXISTS, OPTIONAL, UNION and sub-queries too. A rule's result depends
 * only on the triples with these predicates, so the rule stage need not run it again until
 * one of them gains a triple.
 *
 * <p>Where the predicate is not a constant (a variable, a negated property set, a property
 * function, a named graph or a remote service), the rule reads {@linkplain #anyPredicate()
 * any predicate}: it is then run again after every change, which is always correct.
 *
 * <p>{@code rdf:type} is read more narrowly where the rule says which class it asks about:
 * {@code ?x a C} or {@code ?x a/rdfs:subClassOf* C} with {@code C} a constant reads only
 * the types that are {@code C} or a subclass of it ({@link #typeClasses()}). A rule that adds
 * {@code a cen:DoctrineVerdict} then does not make a rule that asks only for countermeasures
 * and States run again. Any other read of {@code rdf:type} (a variable class, another path)
 * reads {@linkplain #anyType() every type}.
 */
public record RuleReads(Set<Node> predicates, boolean anyPredicate, Set<Node> typeClasses, boolean anyType) {

    /** What the query reads. */
    public static RuleReads of(Query query) {
        Set<Node> predicates = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        boolean[] any = {false};
        boolean[] anyType = {false};
        // ARQ compiles "?x a/rdfs:subClassOf* C" to "?x a ??P0" and "??P0 rdfs:subClassOf* C",
        // with a variable of its own: such a type variable reads the classes its closure names.
        Set<Node> typeVariables = new HashSet<>();
        Map<Node, Set<Node>> closures = new HashMap<>();
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
                Set<Node> links = new HashSet<>();
                any[0] |= !links(path.getTriplePath().getPath(), links);
                predicates.addAll(links);
                TriplePath triplePath = path.getTriplePath();
                if (triplePath.getSubject().isVariable() && triplePath.getObject().isConcrete()
                        && triplePath.getPath() instanceof P_ZeroOrMore1 closure
                        && closure.getSubPath() instanceof P_Link step && step.getNode().equals(RDFS.Nodes.subClassOf)) {
                    closures.computeIfAbsent(triplePath.getSubject(), v -> new HashSet<>()).add(triplePath.getObject());
                }
                if (links.contains(RDF.Nodes.type)) {
                    Node typeClass = typeClass(triplePath.getPath(), triplePath.getObject());
                    if (typeClass == null) {
                        anyType[0] = true;
                    } else {
                        classes.add(typeClass);
                    }
                }
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
                    if (triple.getPredicate().equals(RDF.Nodes.type)) {
                        if (triple.getObject().isConcrete()) {
                            classes.add(triple.getObject());
                        } else if (Var.isAllocVar(triple.getObject())) {
                            typeVariables.add(triple.getObject());
                        } else {
                            anyType[0] = true;
                        }
                    }
                } else {
                    any[0] = true;
                }
            }
        };
        // Walker enters sub-queries and the patterns of FILTER (NOT) EXISTS too (RuleReadsTest).
        Walker.walk(Algebra.compile(query), visitor);
        for (Node variable : typeVariables) {
            Set<Node> named = closures.get(variable);
            if (named == null) {
                anyType[0] = true;
            } else {
                classes.addAll(named);
            }
        }
        return new RuleReads(Set.copyOf(predicates), any[0], Set.copyOf(classes), anyType[0]);
    }

    /**
     * Whether a triple with any of these predicates can change what the rule derives (every
     * {@code rdf:type} triple counts: see the other overload for the narrower answer).
     */
    public boolean readsAnyOf(Collection<Node> changed) {
        return !changed.isEmpty() && (anyPredicate || changed.stream().anyMatch(predicates::contains));
    }

    /**
     * Whether triples with these predicates can change what the rule derives, where the
     * {@code rdf:type} triples among them have the objects {@code gainedClasses}: a type
     * counts only when the rule reads every type, or when the class is one the rule asks
     * about or a subclass of one ({@code rdfs:subClassOf*} in {@code schema}).
     */
    public boolean readsAnyOf(Collection<Node> changed, Collection<Node> gainedClasses, Graph schema) {
        if (changed.isEmpty()) {
            return false;
        }
        if (anyPredicate || changed.stream().anyMatch(p -> !p.equals(RDF.Nodes.type) && predicates.contains(p))) {
            return true;
        }
        if (!changed.contains(RDF.Nodes.type) || !predicates.contains(RDF.Nodes.type)) {
            return false;
        }
        return anyType || gainedClasses.stream().anyMatch(c -> isSubClassOfAny(c, schema));
    }

    /** Whether {@code type} is one of {@link #typeClasses()} or reaches one by {@code rdfs:subClassOf}. */
    private boolean isSubClassOfAny(Node type, Graph schema) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Node next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (typeClasses.contains(next)) {
                return true;
            }
            schema.find(next, RDFS.Nodes.subClassOf, Node.ANY).forEach(t -> todo.add(t.getObject()));
        }
        return false;
    }

    /** The class of {@code rdf:type/rdfs:subClassOf* C}, or null for any other path or a variable class. */
    private static Node typeClass(Path path, Node object) {
        if (!object.isConcrete()) {
            return null;
        }
        if (path instanceof P_Link link && link.getNode().equals(RDF.Nodes.type)) {
            return object;
        }
        if (path instanceof P_Seq seq && seq.getLeft() instanceof P_Link first
                && first.getNode().equals(RDF.Nodes.type) && seq.getRight() instanceof P_ZeroOrMore1 closure
                && closure.getSubPath() instanceof P_Link step && step.getNode().equals(RDFS.Nodes.subClassOf)) {
            return object;
        }
        return null;
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
