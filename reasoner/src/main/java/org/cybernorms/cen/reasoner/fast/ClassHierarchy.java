package org.cybernorms.cen.reasoner.fast;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;

/**
 * The strict superclasses of each {@code cen:} class, as the rules themselves see them: a
 * fresh prototype individual is made an instance of the class, alone with the ontology's
 * individuals and the facts about the individuals the axioms name, and every class it
 * ends up in is a superclass. Equivalent classes (each a superclass of the other) are not
 * strict superclasses, as in the OWL API's {@code getSuperClasses}.
 *
 * <p>Each class gets a store of its own, so that two prototypes can never be linked
 * through a chain and lend each other types.
 */
final class ClassHierarchy {

    private static final Node PROTOTYPE = NodeFactory.createURI("urn:cen:fast:prototype");

    private final Map<Node, Set<Node>> strictSuperclasses;

    private ClassHierarchy(Map<Node, Set<Node>> strictSuperclasses) {
        this.strictSuperclasses = strictSuperclasses;
    }

    static ClassHierarchy of(RuleSet rules, Graph ontology, Graph data, Set<Node> predicates) {
        Set<Node> constants = rules.constants();
        Map<Node, Set<Node>> superclasses = new HashMap<>();
        for (Node type : rules.classes()) {
            if (CEN.isTerm(type.getURI())) {
                superclasses.put(type, superclasses(type, rules, ontology, data, predicates, constants));
            }
        }
        Map<Node, Set<Node>> strict = new HashMap<>();
        superclasses.forEach((type, supers) -> {
            Set<Node> strictSupers = new HashSet<>();
            for (Node sup : supers) {
                if (!superclasses.getOrDefault(sup, Set.of()).contains(type)) {
                    strictSupers.add(sup);
                }
            }
            strict.put(type, strictSupers);
        });
        return new ClassHierarchy(strict);
    }

    /** The strict {@code cen:} superclasses of the class (empty for a class it does not know). */
    Set<Node> strictSuperclasses(Node type) {
        return strictSuperclasses.getOrDefault(type, Set.of());
    }

    private static Set<Node> superclasses(Node type, RuleSet rules, Graph ontology, Graph data, Set<Node> predicates,
            Set<Node> constants) {
        FactStore store = new FactStore();
        Materialiser materialiser = new Materialiser(store, rules.rules());
        FactLoader loader = new FactLoader(store, materialiser, predicates);
        loader.load(ontology);
        for (Node constant : constants) {
            data.find(constant, Node.ANY, Node.ANY).forEachRemaining(loader::load);
        }
        int prototype = store.intern(PROTOTYPE);
        int rdfType = store.intern(RDF.type.asNode());
        materialiser.assertFact(prototype, rdfType, store.intern(type));
        Set<Node> supers = new HashSet<>();
        if (materialiser.run() != null) {
            return supers; // an unsatisfiable class: no individual can be in it without a clash
        }
        IntList types = store.objects(prototype, rdfType);
        for (int i = 0; i < types.size(); i++) {
            Node sup = store.node(types.get(i));
            if (sup.isURI() && CEN.isTerm(sup.getURI()) && !sup.equals(type)) {
                supers.add(sup);
            }
        }
        return supers;
    }
}
