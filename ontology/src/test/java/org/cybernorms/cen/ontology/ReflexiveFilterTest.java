package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * Why the reasoner drops reflexive pairs: the chains over cen:answer make every position
 * agree with itself, and a State that changed its answer disagree with itself. Shown on
 * the changed-position fixture, where State A held "no" and then "yes".
 */
class ReflexiveFilterTest {

    private static final String STATE_A = CEN.ID + "state/fixture-a";
    private static final Fact A_DISAGREES_WITH_A = new Fact(STATE_A, CEN.disagreesWith.getURI(), STATE_A);
    private static final Fact A_AGREES_WITH_A = new Fact(STATE_A, CEN.agreesWith.getURI(), STATE_A);

    private static OWLReasoner reasoner;
    private static Set<Fact> raw;

    @BeforeAll
    static void reason() {
        InferenceFixture fixture = InferenceFixture.of(
                OntologySources.resourceFolder("fixtures").resolve("changed-position.ttl"));
        reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(fixture.withOntology().getGraph()));
        raw = InferredFacts.all(reasoner, InferenceFixture.PROPERTIES);
    }

    @AfterAll
    static void dispose() {
        reasoner.dispose();
    }

    @Test
    void chainsYieldReflexivePairs() {
        assertThat(raw).contains(A_DISAGREES_WITH_A, A_AGREES_WITH_A);
    }

    @Test
    void noStateDisagreesWithItselfAfterTheFilter() {
        Set<Fact> filtered = InferredFacts.withoutReflexive(raw);
        assertThat(filtered).noneMatch(Fact::isReflexive);
        assertThat(filtered).doesNotContain(A_DISAGREES_WITH_A);
        // The filter removes only reflexive pairs: A still disagrees with B.
        assertThat(filtered).contains(new Fact(STATE_A, CEN.disagreesWith.getURI(), CEN.ID + "state/fixture-b"));
    }
}
