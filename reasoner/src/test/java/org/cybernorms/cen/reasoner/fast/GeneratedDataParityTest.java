package org.cybernorms.cen.reasoner.fast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.KnowledgeBase;
import org.cybernorms.cen.generator.DataGenerator;
import org.cybernorms.cen.generator.GeneratorSettings;
import org.cybernorms.cen.reasoner.CenReasoner;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.reasoner.Inference;
import org.cybernorms.cen.reasoner.KnowledgeGraph;
import org.cybernorms.cen.reasoner.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parity on generated data, bundled data included, at two seeds and sizes small enough
 * for the test suite: the DL-stage graphs of the fast engine and HermiT are isomorphic, and
 * so are the inferred graphs after withdrawals and rules. The data must also reach the
 * conclusions that matter, or parity would be cheap.
 */
class GeneratedDataParityTest {

    @ParameterizedTest(name = "seed {0}: {1} States, {2} operations, {3} positions")
    @CsvSource({"11, 8, 100, 60", "37, 16, 200, 120"})
    void fastAndHermitAgree(long seed, int states, int operations, int positions, @TempDir Path dir) throws IOException {
        DataGenerator.generate(new GeneratorSettings(states, operations, positions, seed), dir);
        KnowledgeBase kb = KnowledgeBase.load(List.of(dir));

        FastParityTest.assertSameDlStage(kb);
        Inference fast = CenReasoner.reason(kb, Engine.FAST);
        Inference hermit = CenReasoner.reason(kb, Engine.HERMIT);
        FastParityTest.assertIsomorphic(fast.inferred(), hermit.inferred());

        // The generated mix reaches every kind of conclusion (contract v2).
        assertThat(fast.count(CEN.allegedlyAttributableTo)).isGreaterThan(fast.count(CEN.attributableTo));
        assertThat(fast.count(CEN.attributableTo)).isGreaterThan(operations / 20);
        assertThat(fast.count(CEN.assessedNorm)).isGreaterThan(operations / 10);
        assertThat(fast.count(CEN.contraryTo)).isGreaterThan(operations / 20);
        assertThat(fast.count(CEN.restsOnPosition)).isPositive();
        assertThat(fast.count(CEN.disagreesWith)).isPositive();
        assertThat(fast.count(CEN.contraryToDoctrineOf) + fast.count(CEN.consistentWithDoctrineOf)).isPositive();
        assertThat(fast.count(CEN.conductContraryToCommitment)).isPositive();
    }

    @Test
    void generatedDataPassesTheShapesAndIsConsistent(@TempDir Path dir) throws IOException {
        DataGenerator.generate(new GeneratorSettings(6, 120, 60, 7), dir);

        Validation.Result result = KnowledgeGraph.load(List.of(dir)).validate();

        assertThat(result.errors()).isEmpty();
        assertThat(result.counts().get(CEN.CyberOperation)).isGreaterThanOrEqualTo(120);
    }
}
