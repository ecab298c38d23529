package org.cybernorms.cen.reasoner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.reasoner.rules.Withdrawals;
import org.junit.jupiter.api.Test;

class WithdrawalsTest {

    private static final String FACTS = """
            @base <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
            <election/e> cen:heldIn <state/AAA> .
            <operation/domestic> cen:affects <election/e> .
            <operation/foreign> cen:affects <election/e> .
            """;

    private static final String DL_CONCLUSIONS = """
            @base <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
            <operation/domestic> cen:attributableTo <state/AAA> ;
                cen:violates <norm/oxford-2020/2a>, <norm/gcsc-2018/electoral-infrastructure> .
            <operation/foreign> cen:attributableTo <state/BBB> ; cen:violates <norm/oxford-2020/2a> .
            """;

    @Test
    void aDomesticOperationViolatesNoForeignConductNormButStillTheGcscNorm() {
        Graph asserted = parse(FACTS);
        Graph inferred = parse(DL_CONCLUSIONS);

        Withdrawals.Result result = Withdrawals.apply(Withdrawals.bundled(), asserted, inferred);

        assertThat(result.byWithdrawal())
                .containsExactly(Map.entry(violation("domestic", "oxford-2020/2a"), "domestic-electoral-violations.rq"));
        assertThat(inferred.contains(violation("domestic", "oxford-2020/2a"))).isFalse();
        assertThat(inferred.contains(violation("domestic", "gcsc-2018/electoral-infrastructure"))).isTrue();
        assertThat(inferred.contains(violation("foreign", "oxford-2020/2a"))).isTrue();
    }

    @Test
    void aWithdrawalThatIsNotAConstructIsRefusedByName() {
        assertThatThrownBy(() -> Withdrawals.Withdrawal.parse("x.rq", "SELECT * { ?s ?p ?o }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x.rq");
    }

    private static Triple violation(String operation, String norm) {
        return Triple.create(CEN.operation(operation).asNode(), CEN.violates.asNode(), CEN.norm(norm).asNode());
    }

    private static Graph parse(String turtle) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(graph);
        return graph;
    }
}
