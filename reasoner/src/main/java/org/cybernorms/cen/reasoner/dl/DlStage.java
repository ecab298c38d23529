package org.cybernorms.cen.reasoner.dl;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.reasoner.InferenceContract;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The DL stage with HermiT: consistency, then exactly the conclusions of the
 * {@link InferenceContract}. Asking for these alone is what keeps it fast; generating every
 * inferred axiom is quadratic in the OWL API 5.5.1 ({@code InferredOntologyGenerator}).
 */
public final class DlStage {

    private DlStage() {}

    /**
     * Returns a new graph with the contract's conclusions. The caller has checked that the
     * reasoner's ontology is consistent.
     *
     * @param asserted the asserted triples, so that only new ones are returned
     */
    public static Graph infer(OWLReasoner reasoner, Graph asserted) {
        reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
        return InferenceContract.conclusions(new HermitAnswers(reasoner), asserted);
    }

    /** The contract's questions put to HermiT. */
    private record HermitAnswers(OWLReasoner reasoner, OWLDataFactory factory) implements InferenceContract.Answers {

        HermitAnswers(OWLReasoner reasoner) {
            this(reasoner, reasoner.getRootOntology().getOWLOntologyManager().getOWLDataFactory());
        }

        @Override
        public Collection<Node> individuals() {
            return nodes(reasoner.getRootOntology().individualsInSignature(Imports.INCLUDED));
        }

        @Override
        public Collection<Node> types(Node individual) {
            return nodes(reasoner.getTypes(factory.getOWLNamedIndividual(iri(individual)), false).entities());
        }

        @Override
        public Collection<Node> strictSuperclasses(Node type) {
            return nodes(reasoner.getSuperClasses(factory.getOWLClass(iri(type)), false).entities());
        }

        @Override
        public Collection<Node> instances(Node type) {
            return nodes(reasoner.getInstances(factory.getOWLClass(iri(type)), false).entities());
        }

        @Override
        public Collection<Node> values(Node subject, Node property) {
            return nodes(reasoner.getObjectPropertyValues(factory.getOWLNamedIndividual(iri(subject)),
                    factory.getOWLObjectProperty(iri(property))).entities());
        }

        private static IRI iri(Node node) {
            return IRI.create(node.getURI());
        }

        private static List<Node> nodes(Stream<? extends OWLEntity> entities) {
            return entities.map(OwlJenaBridge::node).toList();
        }
    }
}
