package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operation, norm, response and provenance queries on fixtures/operations.trig (and
 * doctrine.trig for provenance of a position). Expected rows are worked out from the
 * fixture by hand.
 */
class OperationQueriesTest {

    private static final String DNC = "cenid:operation/dnc-2016";
    private static final String LEAK = "cenid:operation/rightscon-2021-scenario-3/leak";
    private static final String WIPER = "cenid:operation/fixture-registry-wiper";
    private static final String CODE = "cenid:norm/information-security-code-of-conduct/non-interference";
    private static final String STATE_B = "cenid:state/rightscon-2021-state-b";
    private static final String GCSC = "cenid:norm/gcsc-2018/electoral-infrastructure";
    private static final String DISINFORMATION = "cenid:operation/fixture-disinformation";
    private static final String USA_CLAIM = "cenid:attribution/dnc-2016/fixture-usa";

    @Test
    @Covers("violations")
    void violationsGiveOutcomeReadingStateAndTheOfficialClaimsTheyRestOn() {
        QueryResult result = Fixtures.run("violations", Map.of());

        // The DNC: contrary to a proposal and a pledge, on the official US claim (the
        // campaign's allegation grounds nothing). The disinformation: a violation of
        // non-intervention only on one holder's reading. The wiper: the GCSC norm binds any
        // actor, and no claim attributes the operation. The RightsCon leak is only alleged.
        assertThat(Fixtures.rows(result, "operation", "norm", "normKind", "outcome", "reading", "attributableTo", "claim"))
                .containsExactly(
                        List.of(DNC, CODE, "cen:Pledge", "cen:ContraryToNorm", "settled", "cenid:state/RUS", USA_CLAIM),
                        List.of(DNC, "cenid:norm/intervention-2-0", "cen:ProposedNorm", "cen:ContraryToNorm", "settled",
                                "cenid:state/RUS", USA_CLAIM),
                        List.of(DISINFORMATION, "cenid:norm/non-intervention", "cen:LegalRule", "cen:Violation",
                                "rests on 1 position(s), contested by 0", "cenid:state/RUS",
                                "cenid:attribution/fixture-disinformation/usa"),
                        List.of(WIPER, GCSC, "cen:VoluntaryNorm", "cen:ContraryToNorm", "settled", "", ""));
    }

    @Test
    void violationsFilteredByStateDropUnattributedOperations() {
        assertThat(Fixtures.rows(Fixtures.run("violations", Map.of("state", "RUS")), "operation"))
                .containsExactly(List.of(DNC), List.of(DNC), List.of(DISINFORMATION));
        assertThat(Fixtures.run("violations", Map.of("state", "rightscon-2021-state-b")).rows()).isEmpty();
        assertThat(Fixtures.run("violations", Map.of("state", "USA")).rows()).isEmpty();
    }

    @Test
    void violationsFilteredByOperation() {
        assertThat(Fixtures.rows(Fixtures.run("violations", Map.of("operation", "fixture-registry-wiper")), "norm"))
                .containsExactly(List.of(GCSC));
    }

    @Test
    @Covers("attribution-claims")
    void attributionClaimsIncludeClaimsOnTheCampaignAndTheStateEachPointsTo() {
        QueryResult result = Fixtures.run("attribution-claims", Map.of("operation", "rightscon-2021-scenario-3/leak"));

        // The researchers' claim names the campaign and the intelligence service, an organ
        // of State B; the fixture claimant names State B itself, privately, with low
        // confidence. Neither is official.
        assertThat(Fixtures.rows(result, "claimed", "claimant", "actor", "state", "date", "confidence", "public", "official"))
                .containsExactly(
                        List.of("cenid:operation/rightscon-2021-scenario-3", "cenid:actor/rightscon-2021-independent-researchers",
                                "cenid:actor/rightscon-2021-state-b-intelligence", STATE_B, "2021-06-01",
                                "cen:ModerateConfidence", "true", "false"),
                        List.of(LEAK, "cenid:actor/fixture-claimant", STATE_B, STATE_B, "2021-07-01",
                                "cen:LowConfidence", "false", "false"));
    }

    @Test
    void attributionClaimsCarryBasisIntentDenialAndTheQuote() {
        QueryResult result = Fixtures.run("attribution-claims", Map.of("operation", "dnc-2016"));

        assertThat(Fixtures.rows(result, "claimant", "state", "confidence", "official", "basis", "intent", "contestedBy",
                "quote")).containsExactly(
                List.of("cenid:actor/clinton-campaign", "cenid:state/RUS", "", "false", "", "", "",
                        "Robby Mook, campaign chief for Clinton suggested that Russia is behind the hack"),
                List.of("cenid:state/USA", "cenid:state/RUS", "cen:HighConfidence", "true", "cen:OrganConduct",
                        "cen:ElectoralInterferenceIntent", "cenid:state/RUS", ""));
    }

    @Test
    @Covers("responses-assessed")
    void responsesAssessedGiveVerdictsPerStateAndQuestionTheUnknownFactAndTheFailedConditions() {
        QueryResult result = Fixtures.run("responses-assessed", Map.of());

        String pn = "cenid:question/countermeasures-prior-notification";
        String dnk = "cenid:position/DNK/countermeasures-prior-notification";
        String isr = "cenid:position/ISR/countermeasures-prior-notification";
        assertThat(Fixtures.rows(result, "response", "takenBy", "respondsTo", "state", "doctrine", "question", "outcome",
                "position", "positionDate", "later", "unknownFact", "failedConditions")).containsExactly(
                List.of("cenid:response/fixture-countermeasure", "cenid:state/rightscon-2021-state-a", LEAK,
                        "cenid:state/DNK", "cen:Contrary", pn, "cen:Contrary", dnk, "", "", "",
                        "cen:NotificationUnlessUrgent"),
                List.of("cenid:response/fixture-countermeasure", "cenid:state/rightscon-2021-state-a", LEAK,
                        "cenid:state/ISR", "cen:Consistent", pn, "cen:Consistent", isr, "", "", "",
                        "cen:NotificationUnlessUrgent"),
                List.of("cenid:response/fixture-urgency-unknown", "cenid:state/USA", DNC,
                        "cenid:state/DNK", "cen:Undetermined", pn, "cen:Undetermined", dnk, "", "", "cen:urgent",
                        "cen:AgainstResponsibleState"),
                List.of("cenid:response/fixture-urgency-unknown", "cenid:state/USA", DNC,
                        "cenid:state/ISR", "cen:Undetermined", pn, "cen:Consistent", isr, "", "", "",
                        "cen:AgainstResponsibleState"),
                List.of("cenid:response/us-response-russia-2016", "cenid:state/USA", DNC, "", "", "", "", "", "", "",
                        "", ""));
        assertThat(Fixtures.rows(result, "verdict").get(0)).containsExactly(
                "cenid:verdict/fixture-countermeasure/DNK/countermeasures-prior-notification");
    }

    @Test
    void responsesAssessedUnderOneStatesDoctrine() {
        QueryResult result = Fixtures.run("responses-assessed", Map.of("state", "DNK"));

        assertThat(Fixtures.rows(result, "response", "state", "outcome", "unknownFact")).containsExactly(
                List.of("cenid:response/fixture-countermeasure", "cenid:state/DNK", "cen:Contrary", ""),
                List.of("cenid:response/fixture-urgency-unknown", "cenid:state/DNK", "cen:Undetermined", "cen:urgent"),
                // The State asked for stays in the row of a response with no verdict under it.
                List.of("cenid:response/us-response-russia-2016", "cenid:state/DNK", "", ""));
    }

    @Test
    @Covers("conduct-contrary-to-commitment")
    void conductContraryToCommitmentNamesTheNormEndorsedAndTheOfficialClaim() {
        // Russia also endorses UN GGE 13(f), to which the DNC operation is not contrary.
        assertThat(Fixtures.rows(Fixtures.run("conduct-contrary-to-commitment", Map.of()), "state", "operation", "norm",
                "outcome", "claim"))
                .containsExactly(List.of("cenid:state/RUS", DNC, CODE, "cen:ContraryToNorm", USA_CLAIM));
        assertThat(Fixtures.run("conduct-contrary-to-commitment", Map.of("state", "USA")).rows()).isEmpty();
    }

    @Test
    @Covers("norms-protecting")
    void normsProtectingBallotingFollowTheConductClassesConditions() {
        QueryResult result = Fixtures.run("norms-protecting", Map.of("infrastructure", "balloting"));

        // GCSC: technical electoral infrastructure is broader than balloting. Non-intervention:
        // through the helper class cen:SettledCoercion (voter registries, balloting
        // systems). Oxford 2(a): a union of balloting and verifying. UN GGE 13(f) targets
        // critical infrastructure and Oxford 2(b) conditions on effects: neither is listed.
        assertThat(Fixtures.rows(result, "norm", "normKind", "instrument", "provision", "via", "scope")).containsExactly(
                List.of(GCSC, "cen:VoluntaryNorm", "cenid:instrument/gcsc-call-electoral-infrastructure-2018", "",
                        "cen:GcscConduct", "cen:TechnicalElectoralInfrastructure"),
                List.of("cenid:norm/non-intervention", "cen:LegalRule", "", "", "cen:NonInterventionConduct",
                        "cen:BallotingSystem"),
                List.of("cenid:norm/non-intervention", "cen:LegalRule", "", "", "cen:NonInterventionConduct",
                        "cen:VoterRegistry"),
                List.of("cenid:norm/oxford-2020/2a", "cen:ExpertRestatement", "cenid:instrument/oxford-statement-2020",
                        "2(a)", "cen:Oxford2aConduct", "cen:BallotingSystem"));
    }

    @Test
    void normsProtectingVerifyingAndInforming() {
        assertThat(Fixtures.rows(Fixtures.run("norms-protecting", Map.of("infrastructure", "verifying")), "norm", "scope"))
                .containsExactly(List.of(GCSC, "cen:TechnicalElectoralInfrastructure"),
                        List.of("cenid:norm/oxford-2020/2a", "cen:VerifyingSystem"));
        assertThat(Fixtures.rows(Fixtures.run("norms-protecting", Map.of("infrastructure", "informing")), "norm", "scope"))
                .containsExactly(List.of("cenid:norm/fixture-campaign-systems", "cen:CampaignSystem"),
                        List.of("cenid:norm/oxford-2020/2b", "cen:InformingSystem"));
    }

    @Test
    @Covers("provenance")
    void provenanceOfAPositionGivesCitationSourceLocatorAndQuote() {
        QueryResult result = Fixtures.run("provenance",
                Map.of("resource", "cenid:position/DNK/countermeasures-prior-notification"));

        assertThat(Fixtures.rows(result, "citation", "source", "title", "page", "locator", "quote")).containsExactly(List.of(
                "cenid:citation/muthukumar-cyber-election-interference/denmark-notification",
                "cenid:source/muthukumar-cyber-election-interference",
                "Cyber election interference and international law (fixture title)",
                "<https://example.org/fixture/muthukumar>",
                "State Practice on Countermeasures",
                "Denmark insists on prior notification before countermeasures, with exceptions for emergencies."));
    }

    @Test
    void provenanceOfAnOntologyTermGivesItsSourceDirectly() {
        QueryResult result = Fixtures.run("provenance", Map.of("resource", "cen:Oxford2aConduct"));

        assertThat(Fixtures.rows(result, "citation", "source")).containsExactly(
                List.of("", "cenid:source/oxford-statement-2020"));
    }
}
