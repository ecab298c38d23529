package org.cybernorms.cen.reasoner.explain;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
import org.semanticweb.owl.explanation.api.ExplanationException;
import org.semanticweb.owl.explanation.impl.blackbox.Configuration;
import org.semanticweb.owl.explanation.impl.blackbox.DivideAndConquerContractionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.InitialEntailmentCheckStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.StructuralTypePriorityExpansionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.checker.BlackBoxExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;

/**
 * Finds one justification (a minimal set of axioms that entails it) for a DL conclusion,
 * with owlexplanation's black-box generator configured by hand (its default
 * factory fails).
 */
public final class DlJustifier {

    private DlJustifier() {}

    /** The axioms of one justification of the triple, or empty when HermiT does not entail it. */
    public static Optional<Set<OWLAxiom>> justify(OWLOntology ontology, Triple triple) {
        OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
        OWLAxiom entailment = entailment(factory, triple);
        Supplier<OWLOntologyManager> managers = OWLManager::createOWLOntologyManager;
        Configuration<OWLAxiom> configuration = new Configuration<>(
                new SatisfiabilityEntailmentCheckerFactory(new HermitReasonerFactory(), managers),
                new StructuralTypePriorityExpansionStrategy<>(InitialEntailmentCheckStrategy.PERFORM, managers),
                new DivideAndConquerContractionStrategy<>(),
                managers);
        try {
            Set<Explanation<OWLAxiom>> found = new BlackBoxExplanationGeneratorFactory<>(configuration)
                    .createExplanationGenerator(ontology).getExplanations(entailment, 1);
            return found.stream().findFirst().map(Explanation::getAxioms);
        } catch (ExplanationException e) {
            return Optional.empty();
        }
    }

    private static OWLAxiom entailment(OWLDataFactory factory, Triple triple) {
        IRI subject = IRI.create(triple.getSubject().getURI());
        IRI object = IRI.create(triple.getObject().getURI());
        if (triple.getPredicate().equals(RDF.type.asNode())) {
            return factory.getOWLClassAssertionAxiom(factory.getOWLClass(object), factory.getOWLNamedIndividual(subject));
        }
        return factory.getOWLObjectPropertyAssertionAxiom(
                factory.getOWLObjectProperty(IRI.create(triple.getPredicate().getURI())),
                factory.getOWLNamedIndividual(subject), factory.getOWLNamedIndividual(object));
    }
}
