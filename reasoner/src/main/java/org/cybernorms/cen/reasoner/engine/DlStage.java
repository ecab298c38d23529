package org.cybernorms.cen.reasoner.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The DL stage: HermiT checks consistency, then is asked for exactly the {@code cen:}
 * conclusions of the ontology contract (DESIGN.md section 4): the most specific
 * {@code cen:} classes of each CEN-KG individual and the values of the inferred
 * {@code cen:} properties. Asking for these alone is what keeps it fast; generating every
 * inferred axiom is quadratic in the OWL API (STACK.md).
 *
 * <p>The result holds only what is new: no asserted triple, no {@code owl:Thing}, no
 * reflexive pair, no object outside {@code cenid:}.
 */
public final class DlStage {

    /** The inferred properties of the contract, in the order they are asked. */
    public static final List<String> INFERRED_PROPERTIES = List.of(
            CEN.attributableTo.getURI(), CEN.violates.getURI(), CEN.onQuestion.getURI(),
            CEN.conflictsWith.getURI(), CEN.agreesWith.getURI(), CEN.disagreesWith.getURI());

    private DlStage() {}

    /** A HermiT reasoner over the ontology; data types it does not know (xsd:date) are ignored. */
    public static OWLReasoner hermit(OWLOntology ontology) {
        return new HermitReasonerFactory().createReasoner(ontology);
    }

    /**
     * Returns a new graph with the DL conclusions. The caller has checked that the
     * reasoner's ontology is consistent.
     *
     * @param asserted the asserted triples, so that only new ones are returned
     */
    public static Graph infer(OWLReasoner reasoner, Graph asserted) {
        reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
        OWLOntology ontology = reasoner.getRootOntology();
        OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
        Graph inferred = GraphFactory.createDefaultGraph();
        ontology.individualsInSignature(Imports.INCLUDED)
                .filter(DlStage::isThing)
                .forEach(individual -> addTypes(reasoner, individual, asserted, inferred));
        Set<OWLNamedIndividual> operations = instances(reasoner, factory, CEN.CyberOperation.getURI());
        Set<OWLNamedIndividual> positions = instances(reasoner, factory, CEN.Position.getURI());
        Set<OWLNamedIndividual> holders = holders(asserted, factory);
        Set<OWLNamedIndividual> positionsAndHolders = new HashSet<>(positions);
        positionsAndHolders.addAll(holders);
        // Ask each property only of the individuals that can have a value: every question
        // about a chain-defined property is a tableau test per candidate value.
        Map<String, Set<OWLNamedIndividual>> subjects = Map.of(
                CEN.attributableTo.getURI(), operations, CEN.violates.getURI(), operations,
                CEN.onQuestion.getURI(), positions, CEN.conflictsWith.getURI(), positions,
                CEN.agreesWith.getURI(), positionsAndHolders, CEN.disagreesWith.getURI(), holders);
        for (String propertyIri : INFERRED_PROPERTIES) {
            OWLObjectProperty property = factory.getOWLObjectProperty(IRI.create(propertyIri));
            subjects.get(propertyIri).forEach(individual -> addValues(reasoner, individual, property, asserted, inferred));
        }
        return inferred;
    }

    private static Set<OWLNamedIndividual> instances(OWLReasoner reasoner, OWLDataFactory factory, String classIri) {
        Set<OWLNamedIndividual> found = new HashSet<>();
        reasoner.getInstances(factory.getOWLClass(IRI.create(classIri)), false).entities()
                .filter(DlStage::isThing).forEach(found::add);
        return found;
    }

    /** The actors that hold a position: the objects of asserted {@code cen:heldBy} triples. */
    private static Set<OWLNamedIndividual> holders(Graph asserted, OWLDataFactory factory) {
        Set<OWLNamedIndividual> found = new HashSet<>();
        asserted.find(Node.ANY, CEN.heldBy.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && CEN.isThing(t.getObject().getURI())) {
                found.add(factory.getOWLNamedIndividual(IRI.create(t.getObject().getURI())));
            }
        });
        return found;
    }

    private static boolean isThing(OWLNamedIndividual individual) {
        return CEN.isThing(individual.getIRI().toString());
    }

    private static void addTypes(OWLReasoner reasoner, OWLNamedIndividual individual, Graph asserted, Graph out) {
        Set<OWLClass> cenTypes = new HashSet<>();
        reasoner.getTypes(individual, false).entities()
                .filter(c -> CEN.isTerm(c.getIRI().toString()))
                .forEach(cenTypes::add);
        Set<OWLClass> implied = new HashSet<>();
        for (OWLClass type : cenTypes) {
            reasoner.getSuperClasses(type, false).entities().forEach(implied::add);
        }
        Node subject = OwlJenaBridge.node(individual);
        for (OWLClass type : cenTypes) {
            Triple triple = Triple.create(subject, RDF.type.asNode(), OwlJenaBridge.node(type));
            if (!implied.contains(type) && !asserted.contains(triple)) {
                out.add(triple);
            }
        }
    }

    private static void addValues(OWLReasoner reasoner, OWLNamedIndividual individual, OWLObjectProperty property,
            Graph asserted, Graph out) {
        reasoner.getObjectPropertyValues(individual, property).entities()
                .filter(value -> !value.equals(individual) && CEN.isThing(value.getIRI().toString()))
                .map(value -> OwlJenaBridge.triple(individual, property, value))
                .filter(triple -> !asserted.contains(triple))
                .forEach(out::add);
    }
}
