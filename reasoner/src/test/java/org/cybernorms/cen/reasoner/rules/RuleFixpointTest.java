package org.cybernorms.cen.reasoner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.junit.jupiter.api.Test;

/**
 * The rule stage runs a rule again only when a predicate it reads gained a triple. These
 * rules are listed so that each needs another rule's (or its own) output that appears
 * only after it first ran: a stage that skipped such a rule would miss the last triple.
 */
class RuleFixpointTest {

    private static final String PREFIX = "PREFIX ex: <urn:ex:>\n";

    @Test
    void aRuleReadingALaterRulesOutputFiresInTheNextPass() {
        Graph inferred = run("ex:a ex:p ex:b .",
                "CONSTRUCT { ?x ex:r ?y } WHERE { ?x ex:q ?y }",
                "CONSTRUCT { ?x ex:q ?y } WHERE { ?x ex:p ?y }");

        assertThat(inferred.contains(triple("a", "q", "b"))).isTrue();
        assertThat(inferred.contains(triple("a", "r", "b"))).isTrue();
    }

    @Test
    void aRuleReadingALaterRulesOutputOnlyInsideExistsFiresInTheNextPass() {
        Graph inferred = run("ex:a ex:p ex:b .",
                "CONSTRUCT { ?x ex:r ?y } WHERE { ?x ex:p ?y FILTER EXISTS { ?y ex:q ?x } }",
                "CONSTRUCT { ?y ex:q ?x } WHERE { ?x ex:p ?y }");

        assertThat(inferred.contains(triple("a", "r", "b"))).isTrue();
    }

    @Test
    void aRuleReadingALaterRulesOutputThroughAPropertyPathFiresInTheNextPass() {
        Graph inferred = run("ex:a ex:p ex:b . ex:b ex:s ex:c .",
                "CONSTRUCT { ?x ex:r ?z } WHERE { ?x ex:p/ex:q* ?z FILTER (?z != ?x) }",
                "CONSTRUCT { ?y ex:q ?z } WHERE { ?y ex:s ?z }");

        assertThat(inferred.contains(triple("a", "r", "c"))).isTrue();
    }

    @Test
    void aRuleReadingItsOwnOutputRunsUntilItAddsNothing() {
        // A chain n0 -> n5: one run of the rule adds only the pairs two steps apart.
        Graph inferred = run("ex:n0 ex:before ex:n1 . ex:n1 ex:before ex:n2 . ex:n2 ex:before ex:n3 . "
                        + "ex:n3 ex:before ex:n4 . ex:n4 ex:before ex:n5 .",
                "CONSTRUCT { ?x ex:before ?z } WHERE { ?x ex:before ?y . ?y ex:before ?z }");

        assertThat(inferred.size()).isEqualTo(10);
        assertThat(inferred.contains(triple("n0", "before", "n5"))).isTrue();
    }

    @Test
    void aRuleWithAVariablePredicateRunsAgainAfterAnyChange() {
        Graph inferred = run("ex:a ex:p ex:b .",
                "CONSTRUCT { ?x ex:r ?y } WHERE { VALUES ?any { ex:q } ?x ?any ?y }",
                "CONSTRUCT { ?x ex:q ?y } WHERE { ?x ex:p ?y }");

        assertThat(inferred.contains(triple("a", "r", "b"))).isTrue();
    }

    @Test
    void aRuleThatCountsIsRefused() {
        // The stage reads asserted and inferred triples without removing duplicates, so a
        // count could differ from the count over their union.
        assertThatThrownBy(() -> RuleStage.parse("counting", PREFIX
                + "CONSTRUCT { ?x ex:many true } WHERE { { SELECT ?x (COUNT(?y) AS ?n) WHERE { ?x ex:p ?y } GROUP BY ?x } "
                + "FILTER (?n > 1) }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counting");
    }

    @Test
    void aTripleInBothGraphsIsReadAsOneTriple() {
        Graph asserted = parse("ex:a ex:p ex:b .");
        Graph inferred = parse("ex:a ex:p ex:b .");

        int added = RuleStage.run(List.of(RuleStage.parse("rule", PREFIX + "CONSTRUCT { ?x ex:q ?y } WHERE { ?x ex:p ?y }")),
                asserted, inferred);

        assertThat(added).isEqualTo(1);
        assertThat(inferred.size()).isEqualTo(2);
    }

    private static Graph run(String facts, String... rules) {
        List<RuleStage.Rule> parsed = new java.util.ArrayList<>();
        for (int i = 0; i < rules.length; i++) {
            parsed.add(RuleStage.parse("rule-" + i, PREFIX + rules[i]));
        }
        Graph inferred = GraphFactory.createDefaultGraph();
        RuleStage.run(parsed, parse(facts), inferred);
        return inferred;
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString("@prefix ex: <urn:ex:> .\n" + turtle, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI("urn:ex:" + s), NodeFactory.createURI("urn:ex:" + p),
                NodeFactory.createURI("urn:ex:" + o));
    }
}
