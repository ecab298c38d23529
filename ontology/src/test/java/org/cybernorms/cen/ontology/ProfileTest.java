package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.Profiles;

/** The ontology is OWL 2 DL, and outside OWL 2 RL only where it says so. */
class ProfileTest {

    private static OWLOntology ontology;

    @BeforeAll
    static void load() {
        ontology = OwlJenaBridge.toOwl(OntologySources.model().getGraph());
    }

    @Test
    void isOwl2Dl() {
        List<OWLProfileViolation> violations = Profiles.OWL2_DL.checkOntology(ontology).getViolations();
        assertThat(violations).as("OWL 2 DL profile violations").isEmpty();
    }

    /**
     * The fast materialiser compiles the ontology to OWL 2 RL rules; the one construct it
     * must handle by a hand-written rule is ObjectHasSelf (a State answers for itself).
     * Any other RL violation would silently be lost on the fast path.
     */
    @Test
    void leavesOwl2RlOnlyForObjectHasSelf() {
        List<OWLProfileViolation> violations = Profiles.OWL2_RL.checkOntology(ontology).getViolations();
        assertThat(violations)
                .as("OWL 2 RL profile violations other than ObjectHasSelf")
                .allSatisfy(v -> assertThat(v.toString()).contains("ObjectHasSelf"));
        assertThat(violations).as("the documented ObjectHasSelf exception").isNotEmpty();
    }
}
