package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The position queries on fixtures/doctrine.trig (with operations.trig, whose States
 * appear in the coverage). Expected rows are worked out from the fixture by hand; the
 * comments say why each row is there. Contract v2: only current positions are compared,
 * scenario positions (of the hypothetical Fixture States A and B) never with real
 * holders', and reported positions are marked.
 */
class PositionQueriesTest {

    private static final String Q = "cenid:question/countermeasures-prior-notification";
    private static final String COLLECTIVE = "cenid:question/collective-countermeasures";
    private static final String SYMMETRY = "cenid:question/countermeasures-symmetry";
    private static final String EXPERTS = "cenid:actor/fixture-expert-group";

    @Test
    @Covers("positions-on-question")
    void positionsOnQuestionGivesEveryHolderWithAnswerQualificationDateQuoteAndSource() {
        QueryResult result = Fixtures.run("positions-on-question",
                Map.of("question", "countermeasures-prior-notification"));

        String muthukumar = "cenid:source/muthukumar-cyber-election-interference";
        // Real holders first, sorted by IRI (actor/ before state/); then the scenario
        // positions of the hypothetical States. Only the expert group cites its own report.
        assertThat(Fixtures.rows(result, "holder", "answer", "qualification", "date", "quote", "source", "reported",
                "scenario")).containsExactly(
                List.of(EXPERTS, Q + "/required", "", "2021-01-01",
                        "Notification is always required.", "cenid:source/fixture-expert-group-report", "false", "false"),
                List.of("cenid:state/DNK", Q + "/required-except-urgent", "with exceptions for emergencies", "",
                        "Denmark insists on prior notification before countermeasures, with exceptions for emergencies.",
                        muthukumar, "true", "false"),
                List.of("cenid:state/ISR", Q + "/not-required", "", "",
                        "Israel argues that pre-notification is not mandatory and may be counterproductive,"
                                + " particularly in covert operations.", muthukumar, "true", "false"),
                List.of("cenid:state/fixture-state-a", Q + "/required", "", "",
                        "State A requires notice and like-for-like measures.", "cenid:source/fixture", "true", "true"),
                List.of("cenid:state/fixture-state-b", Q + "/required-except-urgent", "", "",
                        "State B gives notice unless urgent, by any means.", "cenid:source/fixture", "true", "true"));
    }

    @Test
    void positionsOnQuestionListsSupersededPositionsWithTheirSuccessor() {
        QueryResult result = Fixtures.run("positions-on-question", Map.of("question", "collective-countermeasures"));

        // The expert group's 2019 "permitted" is superseded by its 2023 "not established":
        // both are listed, the earlier naming the later.
        assertThat(Fixtures.rows(result, "position", "date", "supersededBy")).containsExactly(
                List.of("cenid:position/fixture-expert-group/collective-countermeasures/2019", "2019-03-01",
                        "cenid:position/fixture-expert-group/collective-countermeasures/2023"),
                List.of("cenid:position/fixture-expert-group/collective-countermeasures/2023", "2023-03-01", ""),
                List.of("cenid:position/CAN/collective-countermeasures", "", ""),
                List.of("cenid:position/EST/collective-countermeasures", "", ""),
                List.of("cenid:position/NZL/collective-countermeasures", "", ""));
    }

    @Test
    void positionsOnQuestionTakesTheQuestionAsAnIriToo() {
        QueryResult bySlug = Fixtures.run("positions-on-question", Map.of("question", "countermeasures-symmetry"));
        QueryResult byIri = Fixtures.run("positions-on-question",
                Map.of("question", "https://w3id.org/cyber-election-norms/id/question/countermeasures-symmetry"));

        assertThat(Fixtures.rows(byIri, "holder")).isEqualTo(Fixtures.rows(bySlug, "holder"))
                .containsExactly(List.of("cenid:state/GBR"), List.of("cenid:state/fixture-state-a"),
                        List.of("cenid:state/fixture-state-b"));
    }

    @Test
    @Covers("compare-states")
    void compareStatesGivesEachStatesAnswerAndAVerdictPerQuestion() {
        QueryResult result = Fixtures.run("compare-states", Map.of("states", "DNK,ISR,EST"));

        // Collective: only Estonia speaks, so the others are silent. Notification: Denmark
        // (except urgent) and Israel (not required) exclude each other; Estonia's silence
        // does not hide the conflict. Every answer here is reported (Muthukumar's account).
        assertThat(Fixtures.rows(result, "question", "state", "answer", "verdict", "reported")).containsExactly(
                List.of(COLLECTIVE, "cenid:state/DNK", "", "silent", ""),
                List.of(COLLECTIVE, "cenid:state/EST", COLLECTIVE + "/permitted", "silent", "true"),
                List.of(COLLECTIVE, "cenid:state/ISR", "", "silent", ""),
                List.of(Q, "cenid:state/DNK", Q + "/required-except-urgent", "conflict", "true"),
                List.of(Q, "cenid:state/EST", "", "conflict", ""),
                List.of(Q, "cenid:state/ISR", Q + "/not-required", "conflict", "true"));
    }

    @Test
    void compareStatesTellsAgreementFromCompatibleAnswers() {
        // Estonia and New Zealand both say "permitted".
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "EST,NZL")), "question", "verdict"))
                .containsExactly(List.of(COLLECTIVE, "agree"), List.of(COLLECTIVE, "agree"));
        // Hypothetical States compared with each other: State A (required) and State B
        // (required except urgent) differ on notification without excluding each other;
        // on symmetry their answers exclude each other.
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "fixture-state-a,fixture-state-b")),
                "question", "state", "verdict")).containsExactly(
                List.of(Q, "cenid:state/fixture-state-a", "compatible"),
                List.of(Q, "cenid:state/fixture-state-b", "compatible"),
                List.of(SYMMETRY, "cenid:state/fixture-state-a", "conflict"),
                List.of(SYMMETRY, "cenid:state/fixture-state-b", "conflict"));
    }

    @Test
    void compareStatesNeverComparesARealStateWithAHypotheticalOne() {
        // Denmark and State A would be "compatible" on notification, and the United Kingdom
        // and State A in conflict on symmetry: neither comparison is made.
        assertThat(Fixtures.run("compare-states", Map.of("states", "DNK,fixture-state-a")).rows()).isEmpty();
        assertThat(Fixtures.run("compare-states", Map.of("states", "GBR,ISR,fixture-state-a")).rows()).isEmpty();
    }

    @Test
    void compareStatesComparesOnlyCurrentPositions() {
        // The expert group is no State, but its positions show what is compared: Canada's
        // current "not established" against Estonia's "permitted".
        assertThat(Fixtures.rows(Fixtures.run("compare-states", Map.of("states", "CAN,EST")), "state", "answer"))
                .containsExactly(List.of("cenid:state/CAN", COLLECTIVE + "/not-established"),
                        List.of("cenid:state/EST", COLLECTIVE + "/permitted"));
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

        // The expert group is not a State; the hypothetical States A and B are left out
        // unless named.
        assertThat(Fixtures.rows(result, "state", "question", "answer", "reported")).containsExactly(
                List.of("cenid:state/CAN", COLLECTIVE, COLLECTIVE + "/not-established", "true"),
                List.of("cenid:state/DNK", Q, Q + "/required-except-urgent", "true"),
                List.of("cenid:state/EST", COLLECTIVE, COLLECTIVE + "/permitted", "true"),
                List.of("cenid:state/GBR", SYMMETRY, SYMMETRY + "/not-required", "true"),
                List.of("cenid:state/ISR", Q, Q + "/not-required", "true"),
                List.of("cenid:state/NZL", COLLECTIVE, COLLECTIVE + "/permitted", "true"));
    }

    @Test
    void doctrineMatrixListsHypotheticalStatesWhenNamed() {
        QueryResult result = Fixtures.run("doctrine-matrix", Map.of("states", "fixture-state-a,fixture-state-b"));

        assertThat(Fixtures.rows(result, "state", "question", "answer")).containsExactly(
                List.of("cenid:state/fixture-state-a", Q, Q + "/required"),
                List.of("cenid:state/fixture-state-a", SYMMETRY, SYMMETRY + "/required"),
                List.of("cenid:state/fixture-state-b", Q, Q + "/required-except-urgent"),
                List.of("cenid:state/fixture-state-b", SYMMETRY, SYMMETRY + "/not-required"));
        assertThat(Fixtures.rows(Fixtures.run("doctrine-matrix", Map.of("states", "DNK")), "state", "answer"))
                .containsExactly(List.of("cenid:state/DNK", Q + "/required-except-urgent"));
    }

    @Test
    @Covers("conflicts")
    void conflictsListsEachPairOfHoldersOnceWithBothAnswers() {
        QueryResult result = Fixtures.run("conflicts", Map.of());

        // Real holders' pairs, then the scenario pair. The expert group's superseded 2019
        // "permitted" conflicts with no one; its 2023 "not established" does, with Estonia
        // and New Zealand. State A's answers conflict with no real holder's.
        assertThat(Fixtures.rows(result, "question", "holder1", "answer1", "holder2", "answer2", "scenario"))
                .containsExactly(
                List.of(COLLECTIVE, EXPERTS, COLLECTIVE + "/not-established",
                        "cenid:state/EST", COLLECTIVE + "/permitted", "false"),
                List.of(COLLECTIVE, EXPERTS, COLLECTIVE + "/not-established",
                        "cenid:state/NZL", COLLECTIVE + "/permitted", "false"),
                List.of(COLLECTIVE, "cenid:state/CAN", COLLECTIVE + "/not-established",
                        "cenid:state/EST", COLLECTIVE + "/permitted", "false"),
                List.of(COLLECTIVE, "cenid:state/CAN", COLLECTIVE + "/not-established",
                        "cenid:state/NZL", COLLECTIVE + "/permitted", "false"),
                List.of(Q, EXPERTS, Q + "/required", "cenid:state/ISR", Q + "/not-required", "false"),
                List.of(Q, "cenid:state/DNK", Q + "/required-except-urgent", "cenid:state/ISR", Q + "/not-required",
                        "false"),
                List.of(SYMMETRY, "cenid:state/fixture-state-a", SYMMETRY + "/required",
                        "cenid:state/fixture-state-b", SYMMETRY + "/not-required", "true"));
    }

    @Test
    void conflictsCarryTheDatesAndWhetherEachSideIsReported() {
        QueryResult result = Fixtures.run("conflicts", Map.of("question", "countermeasures-prior-notification"));

        assertThat(Fixtures.rows(result, "holder1", "date1", "reported1", "holder2", "date2", "reported2"))
                .containsExactly(
                        List.of(EXPERTS, "2021-01-01", "false", "cenid:state/ISR", "", "true"),
                        List.of("cenid:state/DNK", "", "true", "cenid:state/ISR", "", "true"));
    }

    @Test
    void conflictsOnOneQuestionCarryBothQuotes() {
        QueryResult result = Fixtures.run("conflicts", Map.of("question", "countermeasures-symmetry"));

        assertThat(Fixtures.rows(result, "holder1", "quote1", "holder2", "quote2")).containsExactly(List.of(
                "cenid:state/fixture-state-a", "State A requires notice and like-for-like measures.",
                "cenid:state/fixture-state-b", "State B gives notice unless urgent, by any means."));
    }

    @Test
    @Covers("holders-of-answer")
    void holdersOfAnswerGivesOnlyTheHoldersOfThatAnswer() {
        QueryResult result = Fixtures.run("holders-of-answer", Map.of("answer", "collective-countermeasures/permitted"));

        // Canada's "not established" is another answer to the same question; the expert
        // group said "permitted" in 2019 but no longer holds it (superseded in 2023).
        assertThat(Fixtures.rows(result, "holder", "holderLabel", "reported")).containsExactly(
                List.of("cenid:state/EST", "Estonia", "true"),
                List.of("cenid:state/NZL", "New Zealand", "true"));
    }

    @Test
    void holdersOfAnswerPutsScenarioPositionsLast() {
        QueryResult result = Fixtures.run("holders-of-answer",
                Map.of("answer", "countermeasures-prior-notification/required"));

        assertThat(Fixtures.rows(result, "holder", "date", "reported", "scenario")).containsExactly(
                List.of(EXPERTS, "2021-01-01", "false", "false"),
                List.of("cenid:state/fixture-state-a", "", "true", "true"));
    }

    @Test
    @Covers("coverage")
    void coverageCountsPositionsPerHolderAndPerQuestionIncludingZeros() {
        QueryResult result = Fixtures.run("coverage", Map.of());

        // Holders, real first: the expert group has two current positions (its own words)
        // and one superseded; every State without a position counts 0 (France, and the
        // States of the operations fixture). Then the hypothetical States. Questions: real
        // holders' current positions (espionage has none), then the scenario positions.
        assertThat(Fixtures.rows(result, "dimension", "item", "scenario", "positions", "reported", "superseded"))
                .containsExactly(
                List.of("holder", EXPERTS, "false", "2", "0", "1"),
                List.of("holder", "cenid:state/CAN", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/DNK", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/EST", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/GBR", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/ISR", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/NZL", "false", "1", "1", "0"),
                List.of("holder", "cenid:state/FRA", "false", "0", "0", "0"),
                List.of("holder", "cenid:state/RUS", "false", "0", "0", "0"),
                List.of("holder", "cenid:state/USA", "false", "0", "0", "0"),
                List.of("holder", "cenid:state/fixture-state-a", "true", "2", "2", "0"),
                List.of("holder", "cenid:state/fixture-state-b", "true", "2", "2", "0"),
                List.of("holder", "cenid:state/rightscon-2021-state-a", "true", "0", "0", "0"),
                List.of("holder", "cenid:state/rightscon-2021-state-b", "true", "0", "0", "0"),
                List.of("question", COLLECTIVE, "false", "4", "3", "1"),
                List.of("question", Q, "false", "3", "2", "0"),
                List.of("question", SYMMETRY, "false", "1", "1", "0"),
                List.of("question", "cenid:question/peacetime-espionage-lawful", "false", "0", "0", "0"),
                List.of("question", Q, "true", "2", "2", "0"),
                List.of("question", SYMMETRY, "true", "2", "2", "0"));
    }
}
