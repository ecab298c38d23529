package org.cybernorms.cen.ontology;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Asks a reasoner for the values of chosen object properties, individual by individual,
 * rather than filling the ontology with every inference (quadratic in OWL API 5.5.1).
 */
final class InferredFacts {

    private InferredFacts() {}

    /**
     * Every value the reasoner entails for {@code propertyIris} on every named individual
     * of the reasoner's ontology, reflexive pairs included.
     */
    static Set<Fact> all(OWLReasoner reasoner, Collection<String> propertyIris) {
        OWLOntology ontology = reasoner.getRootOntology();
        OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
        Set<OWLNamedIndividual> individuals = ontology.individualsInSignature(Imports.INCLUDED)
                .collect(Collectors.toSet());
        Set<Fact> facts = new TreeSet<>();
        for (String iri : propertyIris) {
            OWLObjectProperty property = factory.getOWLObjectProperty(iri);
            for (OWLNamedIndividual subject : individuals) {
                reasoner.getObjectPropertyValues(subject, property).entities()
                        .map(object -> new Fact(subject.getIRI().toString(), iri, object.getIRI().toString()))
                        .forEach(facts::add);
            }
        }
        return facts;
    }

    /**
     * Every member of each class of {@code classIris}, asserted or inferred, as an
     * {@code rdf:type} fact.
     */
    static Set<Fact> members(OWLReasoner reasoner, Collection<String> classIris) {
        OWLDataFactory factory = reasoner.getRootOntology().getOWLOntologyManager().getOWLDataFactory();
        Set<Fact> facts = new TreeSet<>();
        for (String iri : classIris) {
            reasoner.getInstances(factory.getOWLClass(iri), false).entities()
                    .map(member -> new Fact(member.getIRI().toString(), RDF_TYPE, iri))
                    .forEach(facts::add);
        }
        return facts;
    }

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    /**
     * The same without reflexive pairs, as the reasoner module writes them: chains such as
     * answer o answer^-1 relate every position to itself, which says nothing.
     */
    static Set<Fact> withoutReflexive(Set<Fact> facts) {
        return facts.stream().filter(f -> !f.isReflexive()).collect(Collectors.toCollection(TreeSet::new));
    }
}
