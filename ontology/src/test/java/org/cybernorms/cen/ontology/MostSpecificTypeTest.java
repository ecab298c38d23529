package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Conduct classes sit under the helper classes their conditions presuppose, so the most
 * specific cen: types of an operation are its conduct classes (what the reasoner writes to
 * the inferred graph), not ElectoralOperation and the like; and an official claim's is
 * cen:OfficialAttribution.
 */
class MostSpecificTypeTest {

    @Test
    void conductClassesAreTheDirectTypes() {
        InferenceFixture fixture = InferenceFixture.of(
                OntologySources.resourceFolder("fixtures").resolve("state-organ-voter-registry.ttl"));
        OWLOntology ontology = OwlJenaBridge.toOwl(fixture.withOntology().getGraph());
        OWLReasoner reasoner = HermitReasonerFactory.reasoner(ontology);
        try {
            OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
            OWLNamedIndividual operation = factory.getOWLNamedIndividual(
                    CEN.ID + "operation/fixture-registry-manipulation");
            Set<String> direct = reasoner.getTypes(operation, true).entities()
                    .map(c -> c.getIRI().toString())
                    .filter(CEN::isTerm)
                    .collect(Collectors.toSet());
            // Coercive means, but no intent is recorded, so the purpose element of
            // non-intervention is missing: SettledCoercion, not NonInterventionConduct.
            assertThat(direct).containsExactlyInAnyOrder(CEN.NS + "Oxford2aConduct", CEN.NS + "SettledCoercion",
                    CEN.NS + "SovereigntyConduct");
            OWLNamedIndividual claim = factory.getOWLNamedIndividual(
                    CEN.ID + "attribution/fixture-registry-manipulation/fixture-b");
            assertThat(reasoner.getTypes(claim, true).entities().map(c -> c.getIRI().toString()))
                    .containsExactly(CEN.NS + "OfficialAttribution");
        } finally {
            reasoner.dispose();
        }
    }
}
