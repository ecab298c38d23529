package org.cybernorms.cen.reasoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.DatasetLoader;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.generator.DataGenerator;
import org.cybernorms.cen.generator.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case reasoned with the prepared knowledge base ({@link CaseReasoner}, the server's
 * {@code /try}) gives what the pipeline of {@code cen reason --data case.ttl} gives:
 * the same inferred graph, the same shape violations (the focused check against the whole
 * one, on a case that breaks every shape, some at nodes of the knowledge base), the same
 * refusal of an inconsistent case; and trying cases leaves the base as it was.
 */
class CaseReasonerTest {

    private static CaseReasoner reasoner;

    @BeforeAll
    static void prepare() {
        reasoner = CaseReasoner.of(Inputs.bundledWith(List.of()).load(), Engine.FAST);
    }

    /** What {@code cen reason --data files} infers. */
    private static Model pipeline(List<Path> files) {
        return KnowledgeGraph.load(files).checkShapes().reason(Engine.FAST).inference().inferred();
    }

    private static Model tried(List<Path> files) {
        Graph caseGraph = DatasetLoader.parseAll(files.stream().map(RdfSource::file).toList());
        return reasoner.withCase(caseGraph, RdfSource.file(files.get(0))).inference().inferred();
    }

    private static void assertSame(Model tried, Model pipeline) {
        assertThat(tried.isIsomorphicWith(pipeline))
                .as("only tried: %s; only pipeline: %s", tried.difference(pipeline).listStatements().toList(),
                        pipeline.difference(tried).listStatements().toList())
                .isTrue();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CaseReasonerTest.class.getClassLoader().getResource(name).toURI());
    }

    @Test
    void theBaseIsWhatThePipelineInfersWithoutACase() {
        assertSame(reasoner.base().inference().inferred(), pipeline(List.of()));
    }

    @Test
    void aGeneratedTenOperationCaseGivesThePipelinesConclusions(@TempDir Path dir) throws IOException {
        List<Path> files = DataGenerator.generate(new GeneratorSettings(4, 10, 4, 1), dir);
        long baseSize = reasoner.base().inferred().size();
        Model tried = tried(files);
        assertThat(tried.size()).isGreaterThan(baseSize);
        assertSame(tried, pipeline(files));
        // Tried again, after another case: the same answer, and the base as it was.
        List<Path> other = DataGenerator.generate(new GeneratorSettings(3, 5, 3, 2), dir.resolve("other"));
        assertSame(tried(other), pipeline(other));
        assertSame(tried(files), tried);
        assertThat(reasoner.base().inferred().size()).isEqualTo(baseSize);
        assertSame(reasoner.base().inference().inferred(), pipeline(List.of()));
    }

    @Test
    void aCaseWithAnAxiomOfItsOwnGivesThePipelinesConclusions() throws URISyntaxException {
        List<Path> files = List.of(resource("case-reasoner/subclass-axiom.ttl"));
        assertSame(tried(files), pipeline(files));
    }

    @Test
    void theFocusedShapeCheckFindsEveryViolationTheWholeCheckFinds() throws URISyntaxException {
        List<Path> files = List.of(resource("case-reasoner/breaks-every-shape.ttl"));
        ShapeViolationException whole = catchThrowableOfType(ShapeViolationException.class,
                () -> KnowledgeGraph.load(files).checkShapes());
        ShapeViolationException focused = catchThrowableOfType(ShapeViolationException.class, () -> tried(files));
        assertThat(whole).isNotNull();
        assertThat(focused).isNotNull();
        assertThat(focused.violations()).containsExactlyInAnyOrderElementsOf(whole.violations());
        // Violations at nodes of the knowledge base that the case does not write itself.
        assertThat(focused.violations())
                .anyMatch(v -> v.contains("node https://w3id.org/cyber-election-norms/id/position/EST/self-defence-applies-to-cyber/2021"))
                .anyMatch(v -> v.contains("node https://w3id.org/cyber-election-norms/id/position/EST/countermeasures-apply-to-cyber/2021")
                        && v.contains("known cen:LegalQuestion"));
        // Every shape with a target is broken somewhere.
        assertThat(focused.report().getEntries().stream().map(e -> e.source().toString()).distinct().count())
                .isGreaterThanOrEqualTo(14);
    }

    @Test
    void anInconsistentCaseIsRefusedWithTheClashThePipelineNames() throws URISyntaxException {
        List<Path> files = List.of(resource("issue-4-inconsistent/clash.ttl"));
        InconsistentDataException whole = catchThrowableOfType(InconsistentDataException.class, () -> pipeline(files));
        assertThat(whole).isNotNull();
        assertThatThrownBy(() -> tried(files)).isInstanceOfSatisfying(InconsistentDataException.class,
                e -> assertThat(e.clashingStatements()).isEqualTo(whole.clashingStatements()));
    }
}
