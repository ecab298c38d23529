package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The positions the legal review (../shared/reviews/legal-review-2026-11.md) found misread,
 * each checked against its old answer: the test's name carries the finding's number. The
 * reasons are in the data files' comments and in data/README.md.
 */
class CorrectedPositionsTest {

    private static Model kb;

    @BeforeAll
    static void load() {
        kb = ModelFactory.createModelForGraph(TestGraphs.ontologyAndData());
    }

    @Test
    void f4_rightsConParticipantsDoubtTheLawfulnessOfEspionageInsteadOfHoldingIt() {
        Resource position = CEN.position("rightscon-2021-session-participants", "peacetime-espionage-lawful");
        assertThat(answerOf(position)).isEqualTo(CEN.answer("peacetime-espionage-lawful", "unsettled"));
        assertThat(holds(position, "peacetime-espionage-lawful", "lawful")).isFalse();
    }

    @Test
    void f4_intervention20AuthorHoldsEspionageNotUnlawfulAsSuchInsteadOfLawful() {
        Resource position = CEN.position("intervention-2-0-author", "peacetime-espionage-lawful");
        assertThat(answerOf(position)).isEqualTo(CEN.answer("peacetime-espionage-lawful", "not-per-se-unlawful"));
        assertThat(kb.contains(CEN.answer("peacetime-espionage-lawful", "not-per-se-unlawful"), CEN.excludes, (RDFNode) null))
                .as("not-per-se-unlawful excludes no answer").isFalse();
    }

    @Test
    void f4_stateBsPositionIsAScenarioPositionOfAHypotheticalState() {
        Resource holder = CEN.thing("state/rightscon-2021-state-b");
        assertThat(kb.contains(holder, RDF.type, CEN.HypotheticalState)).isTrue();
        assertThat(kb.contains(CEN.position("rightscon-2021-state-b", "peacetime-espionage-lawful"), CEN.heldBy, holder))
                .isTrue();
    }

    @Test
    void f15_muthukumarHoldsNoAnswerOnSovereigntyInsteadOfYes() {
        assertThat(exists(CEN.position("janakan-muthukumar", "sovereignty-standalone-rule"))).isFalse();
    }

    @Test
    void f15_gcscHoldsNoAnswerOnElectionInterferenceInsteadOfYes() {
        assertThat(exists(CEN.position("gcsc", "election-interference-intervention"))).isFalse();
    }

    @Test
    void f15_israelHoldsNoNotificationAnswerInsteadOfNotRequired() {
        assertThat(exists(CEN.position("ISR", "countermeasures-prior-notification"))).isFalse();
        assertThat(exists(CEN.position("ISR", "countermeasures-apply-to-cyber"))).as("its own words still count").isTrue();
    }

    @Test
    void f15_russiaHoldsNoConditionOnCountermeasuresItIsNotSaidToAccept() {
        assertThat(exists(CEN.position("RUS", "countermeasures-respect-human-rights"))).isFalse();
    }

    @Test
    void f14_russiaAndChinaDidNotSupportAffirmingInsteadOfOpposedAndAreDated() {
        for (String state : new String[] {"RUS", "CHN"}) {
            for (String question : new String[] {"self-defence-applies-to-cyber", "ihl-applies-to-cyber"}) {
                Resource position = CEN.position(state, question);
                assertThat(answerOf(position)).isEqualTo(CEN.answer(question, "did-not-support-affirming"));
                assertThat(kb.contains(position, DCTerms.date, (RDFNode) null)).isTrue();
            }
        }
    }

    @Test
    void f22_missedPositionsOfTheSeedsAreRecorded() {
        assertThat(answerOf(CEN.position("janakan-muthukumar", "self-defence-applies-to-cyber")))
                .isEqualTo(CEN.answer("self-defence-applies-to-cyber", "yes"));
        assertThat(answerOf(CEN.position("janakan-muthukumar", "countermeasures-apply-to-cyber")))
                .isEqualTo(CEN.answer("countermeasures-apply-to-cyber", "yes"));
        assertThat(answerOf(CEN.position("janakan-muthukumar", "countermeasures-symmetry")))
                .isEqualTo(CEN.answer("countermeasures-symmetry", "not-required"));
        assertThat(answerOf(CEN.position("russell-buchan", "peacetime-espionage-lawful")))
                .isEqualTo(CEN.answer("peacetime-espionage-lawful", "unlawful"));
        assertThat(answerOf(CEN.position("rightscon-2021-session-participants", "election-interference-intervention")))
                .isEqualTo(CEN.answer("election-interference-intervention", "unsettled"));
    }

    @Test
    void f16_theUsCountermeasuresAreTheAuthorsCharacterisationNotATypedCountermeasure() {
        Resource measures = kb.createResource(CEN.response("us-response-russia-2016").getURI() + "/countermeasures");
        assertThat(kb.contains(measures, RDF.type, CEN.Countermeasure)).isFalse();
        assertThat(kb.listSubjectsWithProperty(CEN.characterises, measures).toList())
                .singleElement()
                .satisfies(reading -> {
                    assertThat(reading.getPropertyResourceValue(CEN.characterisedAs)).isEqualTo(CEN.Countermeasure);
                    assertThat(reading.getPropertyResourceValue(CEN.characterisedBy))
                            .isEqualTo(CEN.thing("person/janakan-muthukumar"));
                });
    }

    private static Resource answerOf(Resource position) {
        return kb.getResource(position.getURI()).getPropertyResourceValue(CEN.answer);
    }

    private static boolean holds(Resource position, String question, String answer) {
        return kb.contains(position, CEN.answer, (RDFNode) CEN.answer(question, answer));
    }

    private static boolean exists(Resource position) {
        return kb.contains(position, RDF.type, CEN.Position);
    }
}
