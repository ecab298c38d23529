package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Contract v2: the relations between positions and between their holders are drawn by the
 * reasoner's rule stage, not by OWL. Until then they were property chains, which made
 * every position agree with itself, a State that changed its answer disagree with itself,
 * and a State's 2019 position conflict with its own 2021 one. Shown on the
 * changed-position fixture (State A held "no" in 2019 and "yes" in 2021): HermiT now draws
 * none of the three relations, reflexive or not; the rule stage decides them (reasoner
 * rule fixtures).
 */
class PositionRelationsNotInOwlTest {

    private static final List<String> RELATIONS = List.of(
            CEN.conflictsWith.getURI(), CEN.agreesWith.getURI(), CEN.disagreesWith.getURI());

    private static OWLReasoner reasoner;
    private static Set<Fact> raw;

    @BeforeAll
    static void reason() {
        InferenceFixture fixture = InferenceFixture.of(
                OntologySources.resourceFolder("fixtures").resolve("changed-position.ttl"));
        reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(fixture.withOntology().getGraph()));
        raw = InferredFacts.all(reasoner, RELATIONS);
    }

    @AfterAll
    static void dispose() {
        reasoner.dispose();
    }

    @Test
    void owlDrawsNoRelationBetweenPositionsOrHolders() {
        assertThat(raw).isEmpty();
    }

    @Test
    void owlStillDrawsTheQuestionOfEachPosition() {
        assertThat(InferredFacts.all(reasoner, List.of(CEN.onQuestion.getURI()))).hasSize(3).noneMatch(Fact::isReflexive);
    }
}
