package org.cybernorms.cen.reasoner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.reasoner.rules.RuleReads;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.junit.jupiter.api.Test;

/** What the rule stage believes each rule reads decides when it runs the rule again. */
class RuleReadsTest {

    private static final Map<String, RuleReads> BUNDLED = RuleStage.bundledRules().stream()
            .collect(Collectors.toMap(RuleStage.Rule::name, rule -> RuleReads.of(rule.query())));

    @Test
    void theConsistentVerdictReadsTheContraryVerdictsItLooksForTheAbsenceOf() {
        RuleReads reads = BUNDLED.get("rules/30-doctrine-consistent.rq");

        assertThat(reads.anyPredicate()).isFalse();
        assertThat(reads.predicates()).contains(cen("contraryToDoctrineOf"), cen("priorNotification"),
                cen("proportionate"), cen("heldBy"), RDFS.subClassOf.asNode());
    }

    @Test
    void aPredicateInsideExistsIsRead() {
        assertThat(BUNDLED.get("rules/20-doctrine-prior-notification.rq").predicates()).contains(cen("urgent"));
    }

    @Test
    void noDoctrineBreachRuleReadsWhatARuleAfterItDerives() {
        // The stratification that 30-doctrine-consistent.rq relies on (its header says so):
        // every contrary verdict is drawn before the rule looks for its absence.
        List<RuleStage.Rule> rules = RuleStage.bundledRules();
        for (int i = 0; i < rules.size(); i++) {
            if (!rules.get(i).name().startsWith("rules/2")) {
                continue;
            }
            for (int later = i + 1; later < rules.size(); later++) {
                List<Node> derived = rules.get(later).query().getConstructTemplate().getTriples().stream()
                        .map(t -> t.getPredicate()).toList();
                assertThat(BUNDLED.get(rules.get(i).name()).readsAnyOf(derived))
                        .as("%s reads what %s derives", rules.get(i).name(), rules.get(later).name())
                        .isFalse();
            }
        }
    }

    private static Node cen(String local) {
        return NodeFactory.createURI(CEN.NS + local);
    }
}
