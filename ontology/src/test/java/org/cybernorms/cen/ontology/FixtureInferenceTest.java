package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * For each fixture ABox, HermiT over ontology + fixture draws exactly the expected cen:
 * property assertions (reflexive pairs dropped) and puts exactly the expected individuals in
 * the kinds of position it decides (national, scenario): nothing missing, nothing extra.
 * After a reviewed change of the ontology, {@code -Dfixtures.update=true} rewrites the
 * expected files (their header comment kept): read their diff before committing.
 */
class FixtureInferenceTest {

    static Stream<InferenceFixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(OntologySources.resourceFolder("fixtures"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().endsWith(InferenceFixture.EXPECTED_SUFFIX))
                    .sorted()
                    .map(InferenceFixture::of)
                    .toList()
                    .stream();
        }
    }

    @Test
    void findsTheFixturesOfIssue2() throws IOException {
        assertThat(fixtures().map(InferenceFixture::name)).contains(
                "state-organ-voter-registry", "threat-group-voting-machines", "excluding-positions",
                "espionage-ministry", "disinformation-and-persuasion", "national-and-scenario-positions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void hermitDrawsExactlyTheExpectedInferences(InferenceFixture fixture) {
        assertThat(fixture.expected()).as("expected inferences of %s", fixture.name()).exists();
        OWLReasoner reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(fixture.withOntology().getGraph()));
        try {
            assertThat(reasoner.isConsistent()).as("%s consistent with the ontology", fixture.name()).isTrue();
            Set<Fact> inferred = InferredFacts.withoutReflexive(
                    InferredFacts.all(reasoner, InferenceFixture.PROPERTIES));
            inferred.addAll(InferredFacts.members(reasoner, InferenceFixture.CLASSES));
            if (Boolean.getBoolean("fixtures.update")) {
                fixture.writeExpected(inferred);
            }
            assertThat(inferred).as("inferences of %s", fixture.name())
                    .containsExactlyInAnyOrderElementsOf(fixture.expectedFacts());
        } finally {
            reasoner.dispose();
        }
    }
}
