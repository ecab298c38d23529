package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** HermiT accepts the ontology: it is consistent and every class can have members. */
class ConsistencyTest {

    private static OWLReasoner reasoner;

    @BeforeAll
    static void reason() {
        reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(OntologySources.model().getGraph()));
    }

    @AfterAll
    static void dispose() {
        reasoner.dispose();
    }

    @Test
    void isConsistent() {
        assertThat(reasoner.isConsistent()).as("ontology consistent under HermiT").isTrue();
    }

    @Test
    void hasNoUnsatisfiableClass() {
        Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
        assertThat(unsatisfiable).as("unsatisfiable classes").isEmpty();
    }
}
