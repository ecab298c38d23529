package org.cybernorms.cen.reasoner.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.reasoner.explain.RuleMatcher;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.junit.jupiter.api.Test;

/** A doctrine verdict is explained by its rule and the facts it matched (rule fixtures). */
class RuleMatcherTest {

    private static final String ID = "https://w3id.org/cyber-election-norms/id/";

    @Test
    void aContraryVerdictNodeNamesItsRuleAndTheFactsItRestsOn() {
        Node verdict = id("verdict/r/AAA/countermeasures-below-use-of-force");
        RuleMatcher.Match match = explain("use-of-force-breached",
                Triple.create(verdict, cen("outcome"), cen("Contrary"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/23-verdict-use-of-force.rq");
        assertThat(match.bindings()).containsEntry("response", id("response/r")).containsEntry("state", id("state/AAA"))
                .containsEntry("position", id("position/AAA/f"));
        assertThat(match.facts()).contains(
                Triple.create(id("response/r"), cen("amountsToForce"), NodeFactory.createLiteralByValue(true)),
                Triple.create(id("position/AAA/f"), cen("heldBy"), id("state/AAA")));
    }

    @Test
    void anUndeterminedVerdictNamesTheUnknownFact() {
        Node verdict = id("verdict/e1/DNK/countermeasures-prior-notification");
        RuleMatcher.Match match = explain("review-e1-urgency-unknown",
                Triple.create(verdict, cen("unknownFact"), cen("urgent"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/20-verdict-prior-notification.rq");
        assertThat(match.bindings()).containsEntry("outcome", cen("Undetermined"));
        assertThat(match.facts()).contains(
                Triple.create(id("response/e1"), cen("priorNotification"), NodeFactory.createLiteralByValue(false)),
                Triple.create(id("position/DNK/n"), cen("answer"),
                        id("question/countermeasures-prior-notification/required-except-urgent")));
    }

    @Test
    void aContraryShortcutNamesTheContraryVerdict() {
        RuleMatcher.Match match = explain("use-of-force-breached",
                Triple.create(id("response/r"), cen("contraryToDoctrineOf"), id("state/AAA"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/33-doctrine-contrary.rq");
        assertThat(match.facts()).contains(Triple.create(id("verdict/r/AAA/countermeasures-below-use-of-force"),
                cen("outcome"), cen("Contrary")));
    }

    @Test
    void anUndeterminedShortcutNamesTheFailedConditionItTurnsOn() {
        RuleMatcher.Match match = explain("review-e2-forcible-urgent",
                Triple.create(id("response/e2"), cen("undeterminedUnderDoctrineOf"), id("state/ISR"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/34-doctrine-undetermined.rq");
        assertThat(match.facts()).contains(Triple.create(id("response/e2"), cen("failsCondition"), cen("NonForcible")));
    }

    @Test
    void aConsistentShortcutNamesAVerdictItRestsOn() {
        RuleMatcher.Match match = explain("proportionality-kept",
                Triple.create(id("response/r"), cen("consistentWithDoctrineOf"), id("state/AAA"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/35-doctrine-consistent.rq");
        assertThat(match.facts()).contains(
                Triple.create(id("verdict/r/AAA/countermeasures-proportionality"), cen("verdictOn"), id("response/r")));
    }

    @Test
    void aFailedConditionNamesTheFact() {
        RuleMatcher.Match match = explain("review-e6-not-the-responsible-state",
                Triple.create(id("response/e6"), cen("failsCondition"), cen("AgainstResponsibleState"))).orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/27-condition-against-responsible-state.rq");
        assertThat(match.facts()).contains(Triple.create(id("response/e6"), cen("directedAt"), id("state/BBB")),
                Triple.create(id("response/e6"), cen("respondsTo"), id("operation/o")));
    }

    private static Optional<RuleMatcher.Match> explain(String fixture, Triple wanted) {
        Dataset dataset = RDFDataMgr.loadDataset("src/test/resources/rule-fixtures/" + fixture + ".trig");
        Graph asserted = dataset.getDefaultModel().getGraph();
        Graph inferred = GraphFactory.createDefaultGraph();
        RuleStage.run(RuleStage.bundledRules(), asserted, inferred);
        assertThat(inferred.contains(wanted)).as("the fixture's conclusion %s", wanted).isTrue();
        return RuleMatcher.match(RuleStage.bundledRules(), new MultiUnion(new Graph[] {asserted, inferred}), wanted);
    }

    private static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private static Node cen(String local) {
        return NodeFactory.createURI(CEN.NS + local);
    }
}
