package org.cybernorms.cen.reasoner.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
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

    /** The inferred properties of the contract, in the order they are reported. */
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
        reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
        OWLOntology ontology = reasoner.getRootOntology();
        OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
        Graph inferred = GraphFactory.createDefaultGraph();
        List<OWLObjectProperty> properties = INFERRED_PROPERTIES.stream()
                .map(iri -> factory.getOWLObjectProperty(org.semanticweb.owlapi.model.IRI.create(iri)))
                .toList();
        ontology.individualsInSignature(Imports.INCLUDED)
                .filter(i -> CEN.isThing(i.getIRI().toString()))
                .forEach(individual -> {
                    addTypes(reasoner, individual, asserted, inferred);
                    for (OWLObjectProperty property : properties) {
                        addValues(reasoner, individual, property, asserted, inferred);
                    }
                });
        return inferred;
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
