package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.owl.HermitReasonerFactory;
import org.cybernorms.cen.owl.OwlJenaBridge;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology and the curated data together are consistent under HermiT. When they are
 * not, the message names each data file that contradicts the ontology on its own (a cheap
 * first explanation; the reasoner module explains down to the axioms).
 */
class ConsistencyTest {

    @Test
    void ontologyAndDataAreConsistent() {
        List<RdfSource> data = TestGraphs.data();

        boolean consistent = isConsistent(TestGraphs.ontologyPlus(data));

        assertThat(consistent)
                .as("ontology + data consistent under HermiT; files inconsistent with the ontology on their own: %s",
                        consistent ? List.of() : filesInconsistentAlone(data))
                .isTrue();
    }

    @Test
    void aContradictionInTheDataIsCaught() {
        // Guards the check itself: a State that is also a person contradicts the ontology's
        // disjointness axioms, so the same path must answer "inconsistent".
        RdfSource contradiction = RdfSource.file(ProjectFiles.testResource("consistency-fixtures/state-and-person.ttl"));

        assertThat(isConsistent(TestGraphs.ontologyPlus(List.of(contradiction)))).isFalse();
    }

    private static List<String> filesInconsistentAlone(List<RdfSource> data) {
        return data.stream()
                .filter(file -> !isConsistent(TestGraphs.ontologyPlus(List.of(file))))
                .map(RdfSource::name)
                .toList();
    }

    /** HermiT's answer, through the reasoner's own bridge and configuration. */
    private static boolean isConsistent(Graph ontologyAndData) {
        OWLReasoner reasoner = HermitReasonerFactory.reasoner(OwlJenaBridge.toOwl(ontologyAndData));
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }
}
