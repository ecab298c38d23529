package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cybernorms.cen.core.RdfSource;
import org.junit.jupiter.api.Test;

/**
 * The ontology and the curated data together are consistent under HermiT. When they are
 * not, the message names each data file that contradicts the ontology on its own (a cheap
 * first explanation; the reasoner module explains down to the axioms).
 */
class ConsistencyTest {

    @Test
    void ontologyAndDataAreConsistent() {
        List<RdfSource> data = KnowledgeBase.data();

        boolean consistent = OwlConsistency.isConsistent(KnowledgeBase.ontologyPlus(data));

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

        assertThat(OwlConsistency.isConsistent(KnowledgeBase.ontologyPlus(List.of(contradiction)))).isFalse();
    }

    private static List<String> filesInconsistentAlone(List<RdfSource> data) {
        return data.stream()
                .filter(file -> !OwlConsistency.isConsistent(KnowledgeBase.ontologyPlus(List.of(file))))
                .map(RdfSource::name)
                .toList();
    }
}
