package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The position queries on fixtures/doctrine.trig (with operations.trig, whose States
 * appear in the coverage). Expected rows are worked out from the fixture by hand; the
 * comments say why each row is there.
 */
class PositionQueriesTest {

    private static final String Q = "cenid:question/countermeasures-prior-notification";
    private static final String COLLECTIVE = "cenid:question/collective-countermeasures";
    private static final String SYMMETRY = "cenid:question/countermeasures-symmetry";

    @Test
    @Covers("positions-on-question")
    void positionsOnQuestionGivesEveryHolderWithAnswerQualificationDateQuoteAndSource() {
        QueryResult result = Fixtures.run("positions-on-question",
                Map.of("question", "countermeasures-prior-notification"));

        String muthukumar = "cenid:source/muthukumar-cyber-election-interference";
        // Sorted by holder IRI: actor/ before state/, upper-case codes before slugs.
        assertThat(Fixtures.rows(result, "holder", "answer", "qualification", "date", "quote", "source")).containsExactly(
                List.of("cenid:actor/fixture-expert-group", Q + "/required", "", "2021-01-01",
                        "Notification is always required.", "cenid:source/fixture"),
                List.of("cenid:state/DNK", Q + "/required-except-urgent", "with exceptions for emergencies", "",
                        "Denmark insists on prior notification before countermeasures, with exceptions for emergencies.",
                        muthukumar),
                List.of("cenid:state/ISR", Q + "/not-required", "", "",
                        "Israel argues that pre-notification is not mandatory and may be counterproductive,"
                                + " particularly in covert operations.", muthukumar),
                List.of("cenid:state/fixture-state-a", Q + "/required", "", "",
                        "State A requires notice and like-for-like measures.", "cenid:source/fixture"));
    }

    @Test
    void positionsOnQuestionTakesTheQuestionAsAnIriToo() {
        QueryResult bySlug = Fixtures.run("positions-on-question", Map.of("question", "countermeasures-symmetry"));
        QueryResult byIri = Fixtures.run("positions-on-question",
                Map.of("question", "https://w3id.org/cyber-election-norms/id/question/countermeasures-symmetry"));

        assertThat(Fixtures.rows(byIri, "holder")).isEqualTo(Fixtures.rows(bySlug, "holder"))
                .containsExactly(List.of("cenid:state/GBR"), List.of("cenid:state/fixture-state-a"));
    }

    @Test
    @Covers("compare-states")
    void compareStatesGivesEachStatesAnswerAndAVerdictPerQuestion() {
        QueryResult result = Fixtures.run("compare-states", Map.of("states", "DNK,ISR,EST"));

        // Collective: only Estonia speaks, so the others are silent. Notification: Denmark
        // (except urgent) and Israel (not required) exclude each other; Estonia's silence
        // does not hide the conflict.
        assertThat(Fixtures.rows(result, "question", "state", "answer", "verdict")).containsExactly(
                List.of(COLLECTIVE, "cenid:state/DNK", "", "silent"),
                List.of(COLLECTIVE, "cenid:state/EST", COLLECTIVE + "/permitted", "silent"),
                List.of(COLLECTIVE, "cenid:state/ISR", "", "silent"),
                List.of(Q, "cenid:state/DNK", Q + "/required-except-urgent", "conflict"),
                List.of(Q, "cenid:state/EST", "", "conflict"),
                List.of(Q, "cenid:state/ISR", Q + "/not-required", "conflict"));
    }

    @Test
    void compareStatesTellsAgreementFromCompatibleAnswers() {
        // Estonia and New Zealand both say "permitted".
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "EST,NZL")), "question", "verdict"))
                .containsExactly(List.of(COLLECTIVE, "agree"), List.of(COLLECTIVE, "agree"));
        // Denmark (required except urgent) and State A (required) differ without excluding
        // each other; on symmetry only State A speaks.
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "DNK,fixture-state-a")),
                "question", "state", "verdict")).containsExactly(
                List.of(Q, "cenid:state/DNK", "compatible"),
                List.of(Q, "cenid:state/fixture-state-a", "compatible"),
                List.of(SYMMETRY, "cenid:state/DNK", "silent"),
                List.of(SYMMETRY, "cenid:state/fixture-state-a", "silent"));
    }

    @Test
    void compareStatesFindsAConflictRecordedInOneDirectionOnly() {
        // The fixture has NZL conflictsWith CAN but not the reverse.
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "CAN,NZL")), "verdict"))
                .containsOnly(List.of("conflict")).hasSize(2);
    }

    @Test
    @Covers("doctrine-matrix")
    void doctrineMatrixHasAStateByQuestionCellForEveryNationalPositionAndNoOthers() {
        QueryResult result = Fixtures.run("doctrine-matrix", Map.of());

        // The expert group is not a State; the hypothetical State A is (by subclass).
        assertThat(Fixtures.rows(result, "state", "question", "answer")).containsExactly(
                List.of("cenid:state/CAN", COLLECTIVE, COLLECTIVE + "/not-established"),
                List.of("cenid:state/DNK", Q, Q + "/required-except-urgent"),
                List.of("cenid:state/EST", COLLECTIVE, COLLECTIVE + "/permitted"),
                List.of("cenid:state/GBR", SYMMETRY, SYMMETRY + "/not-required"),
                List.of("cenid:state/ISR", Q, Q + "/not-required"),
                List.of("cenid:state/NZL", COLLECTIVE, COLLECTIVE + "/permitted"),
                List.of("cenid:state/fixture-state-a", Q, Q + "/required"),
                List.of("cenid:state/fixture-state-a", SYMMETRY, SYMMETRY + "/required"));
    }

    @Test
    @Covers("conflicts")
    void conflictsListsEachPairOfHoldersOnceWithBothAnswers() {
        QueryResult result = Fixtures.run("conflicts", Map.of());

        assertThat(Fixtures.rows(result, "question", "holder1", "answer1", "holder2", "answer2")).containsExactly(
                List.of(COLLECTIVE, "cenid:state/CAN", COLLECTIVE + "/not-established",
                        "cenid:state/EST", COLLECTIVE + "/permitted"),
                List.of(COLLECTIVE, "cenid:state/CAN", COLLECTIVE + "/not-established",
                        "cenid:state/NZL", COLLECTIVE + "/permitted"),
                List.of(Q, "cenid:actor/fixture-expert-group", Q + "/required", "cenid:state/ISR", Q + "/not-required"),
                List.of(Q, "cenid:state/DNK", Q + "/required-except-urgent", "cenid:state/ISR", Q + "/not-required"),
                List.of(Q, "cenid:state/ISR", Q + "/not-required", "cenid:state/fixture-state-a", Q + "/required"),
                List.of(SYMMETRY, "cenid:state/GBR", SYMMETRY + "/not-required",
                        "cenid:state/fixture-state-a", SYMMETRY + "/required"));
    }

    @Test
    void conflictsOnOneQuestionCarryBothQuotes() {
        QueryResult result = Fixtures.run("conflicts", Map.of("question", "countermeasures-symmetry"));

        assertThat(Fixtures.rows(result, "holder1", "quote1", "holder2", "quote2")).containsExactly(List.of(
                "cenid:state/GBR", "the UK maintains that responses do not need to be symmetrical",
                "cenid:state/fixture-state-a", "State A requires notice and like-for-like measures."));
    }

    @Test
    @Covers("holders-of-answer")
    void holdersOfAnswerGivesOnlyTheHoldersOfThatAnswer() {
        QueryResult result = Fixtures.run("holders-of-answer", Map.of("answer", "collective-countermeasures/permitted"));

        // Canada's "not established" is another answer to the same question.
        assertThat(Fixtures.rows(result, "holder", "holderLabel")).containsExactly(
                List.of("cenid:state/EST", "Estonia"),
                List.of("cenid:state/NZL", "New Zealand"));
    }

    @Test
    @Covers("coverage")
    void coverageCountsPositionsPerHolderAndPerQuestionIncludingZeros() {
        QueryResult result = Fixtures.run("coverage", Map.of());

        // Holders: State A holds two positions; every State without one counts 0 (France,
        // and the States of the operations fixture). Questions: espionage has none.
        assertThat(Fixtures.rows(result, "dimension", "item", "positions")).containsExactly(
                List.of("holder", "cenid:state/fixture-state-a", "2"),
                List.of("holder", "cenid:actor/fixture-expert-group", "1"),
                List.of("holder", "cenid:state/CAN", "1"),
                List.of("holder", "cenid:state/DNK", "1"),
                List.of("holder", "cenid:state/EST", "1"),
                List.of("holder", "cenid:state/GBR", "1"),
                List.of("holder", "cenid:state/ISR", "1"),
                List.of("holder", "cenid:state/NZL", "1"),
                List.of("holder", "cenid:state/FRA", "0"),
                List.of("holder", "cenid:state/RUS", "0"),
                List.of("holder", "cenid:state/USA", "0"),
                List.of("holder", "cenid:state/rightscon-2021-state-a", "0"),
                List.of("holder", "cenid:state/rightscon-2021-state-b", "0"),
                List.of("question", Q, "4"),
                List.of("question", COLLECTIVE, "3"),
                List.of("question", SYMMETRY, "2"),
                List.of("question", "cenid:question/peacetime-espionage-lawful", "0"));
    }
}
