package org.cybernorms.cen.reasoner;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;

/**
 * What the DL stage concludes, whichever engine draws it: the one statement of the output
 * contract that HermiT ({@code dl}) and the fast engine ({@code fast}) both meet, so that
 * their inferred graphs can be equal triple for triple.
 *
 * <ul>
 *   <li>for every CEN-KG individual (under {@code cenid:}), its most specific {@code cen:}
 *       classes;
 *   <li>the values of the {@link #PROPERTIES inferred properties}, each asked only of the
 *       individuals that can have one (asking a DL reasoner about a chain-defined property
 *       costs a tableau test per candidate, so who is asked matters);
 *   <li>no reflexive pair, no object outside {@code cenid:} (things) and {@code cen:}
 *       (controlled values such as an intent), nothing already asserted.
 * </ul>
 *
 * An engine supplies raw answers ({@link Answers}); {@link #conclusions} asks and filters.
 * To add an inferred property: add it here, to the ontology, and to the summary of
 * {@code cen reason}. What needs absence, comparison or a new node is not asked here but
 * drawn by the rule stage ({@code rules/}), e.g. the relations between positions.
 */
public final class InferenceContract {

    /** Whom an inferred property is asked of. */
    public enum Subjects {
        /** Every instance of {@code cen:CyberOperation}. */
        OPERATIONS,
        /** Every instance of {@code cen:Attribution}: the claims. */
        CLAIMS,
        /** Every instance of {@code cen:Position}. */
        POSITIONS
    }

    /** The inferred properties, in the order they are asked, with whom each is asked of. */
    public static final Map<Property, Subjects> PROPERTIES = properties();

    /** The raw answers of an engine; nodes are IRIs. */
    public interface Answers {
        /** Every named individual the engine knows of. */
        Collection<Node> individuals();

        /** Every class the individual belongs to, asserted or inferred, in any namespace. */
        Collection<Node> types(Node individual);

        /** The classes strictly above a class, asserted or inferred. */
        Collection<Node> strictSuperclasses(Node type);

        /** Every individual of the class, asserted or inferred. */
        Collection<Node> instances(Node type);

        /** The values of an object property for a subject, asserted or inferred. */
        Collection<Node> values(Node subject, Node property);
    }

    private InferenceContract() {}

    /**
     * Returns a new graph with the conclusions the contract asks of the engine.
     *
     * @param asserted the asserted triples (ontology and data): what is new is what they lack
     */
    public static Graph conclusions(Answers answers, Graph asserted) {
        Graph inferred = GraphFactory.createDefaultGraph();
        for (Node individual : answers.individuals()) {
            if (isThing(individual)) {
                addMostSpecificTypes(answers, individual, asserted, inferred);
            }
        }
        Map<Subjects, Set<Node>> subjects = subjects(answers);
        PROPERTIES.forEach((property, whom) -> {
            for (Node subject : subjects.get(whom)) {
                for (Node value : answers.values(subject, property.asNode())) {
                    Triple triple = Triple.create(subject, property.asNode(), value);
                    if (!value.equals(subject) && isNamed(value) && !asserted.contains(triple)) {
                        inferred.add(triple);
                    }
                }
            }
        });
        return inferred;
    }

    private static void addMostSpecificTypes(Answers answers, Node individual, Graph asserted, Graph out) {
        List<Node> types = answers.types(individual).stream().filter(t -> t.isURI() && CEN.isTerm(t.getURI())).toList();
        Set<Node> implied = new HashSet<>();
        types.forEach(type -> implied.addAll(answers.strictSuperclasses(type)));
        for (Node type : types) {
            Triple triple = Triple.create(individual, RDF.type.asNode(), type);
            if (!implied.contains(type) && !asserted.contains(triple)) {
                out.add(triple);
            }
        }
    }

    private static Map<Subjects, Set<Node>> subjects(Answers answers) {
        Set<Node> operations = things(answers.instances(CEN.CyberOperation.asNode()));
        Set<Node> positions = things(answers.instances(CEN.Position.asNode()));
        Set<Node> claims = things(answers.instances(CEN.Attribution.asNode()));
        return Map.of(Subjects.OPERATIONS, operations, Subjects.CLAIMS, claims, Subjects.POSITIONS, positions);
    }

    private static Set<Node> things(Collection<Node> nodes) {
        Set<Node> things = new HashSet<>();
        nodes.stream().filter(InferenceContract::isThing).forEach(things::add);
        return things;
    }

    private static boolean isThing(Node node) {
        return node.isURI() && CEN.isThing(node.getURI());
    }

    /** A CEN-KG thing or a term of the ontology (a controlled value such as an intent). */
    private static boolean isNamed(Node node) {
        return node.isURI() && (CEN.isThing(node.getURI()) || CEN.isTerm(node.getURI()));
    }

    private static Map<Property, Subjects> properties() {
        Map<Property, Subjects> properties = new LinkedHashMap<>();
        properties.put(CEN.attributableTo, Subjects.OPERATIONS);
        properties.put(CEN.allegedlyAttributableTo, Subjects.OPERATIONS);
        properties.put(CEN.hasIntent, Subjects.OPERATIONS);
        properties.put(CEN.pointsTo, Subjects.CLAIMS);
        properties.put(CEN.onQuestion, Subjects.POSITIONS);
        // Not cen:conflictsWith, agreesWith, disagreesWith (contract v2): they hold only
        // between current positions of different holders on one side of the scenario line,
        // which needs absence and comparison; the rule stage draws them (rules/06-, 07-).
        return Collections.unmodifiableMap(properties);
    }
}
