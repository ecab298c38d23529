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
    void aContraryVerdictNamesItsRuleAndTheFactsItRestsOn() {
        RuleMatcher.Match match = explain("use-of-force-breached", "contraryToDoctrineOf").orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/23-doctrine-use-of-force.rq");
        assertThat(match.facts()).contains(
                Triple.create(id("response/r"), cen("amountsToForce"), NodeFactory.createLiteralByValue(true)),
                Triple.create(id("position/AAA/f"), cen("heldBy"), id("state/AAA")));
    }

    @Test
    void aConsistentVerdictNamesTheFactAndThePositionItRestsOn() {
        RuleMatcher.Match match = explain("proportionality-kept", "consistentWithDoctrineOf").orElseThrow();

        assertThat(match.rule()).isEqualTo("rules/30-doctrine-consistent.rq");
        assertThat(match.facts()).contains(
                Triple.create(id("response/r"), cen("proportionate"), NodeFactory.createLiteralByValue(true)),
                Triple.create(id("question/countermeasures-proportionality"), cen("hasAnswer"),
                        id("question/countermeasures-proportionality/yes")),
                Triple.create(id("position/AAA/p"), cen("answer"), id("question/countermeasures-proportionality/yes")),
                Triple.create(id("position/AAA/p"), cen("heldBy"), id("state/AAA")));
    }

    private static Optional<RuleMatcher.Match> explain(String fixture, String verdict) {
        Dataset dataset = RDFDataMgr.loadDataset("src/test/resources/rule-fixtures/" + fixture + ".trig");
        Graph asserted = dataset.getDefaultModel().getGraph();
        Graph inferred = GraphFactory.createDefaultGraph();
        RuleStage.run(RuleStage.bundledRules(), asserted, inferred);
        Triple wanted = Triple.create(id("response/r"), cen(verdict), id("state/AAA"));
        assertThat(inferred.contains(wanted)).as("the fixture's verdict").isTrue();
        return RuleMatcher.match(RuleStage.bundledRules(), new MultiUnion(new Graph[] {asserted, inferred}), wanted);
    }

    private static Node id(String path) {
        return NodeFactory.createURI(ID + path);
    }

    private static Node cen(String local) {
        return NodeFactory.createURI(CEN.NS + local);
    }
}
