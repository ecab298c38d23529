package org.cybernorms.cen.reasoner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The norm assessments of contract v2, case by case, through the whole pipeline (the
 * bundled ontology and data plus the case): each file of {@code assessment-cases/} holds a
 * case in its default graph, the triples that must be inferred in {@code <urn:expected>}
 * and those that must not in {@code <urn:absent>}; its header says the law it tests (the
 * legal review's findings F1, F2, F6, F7, F9, F12, F13, F25). Both engines must give the
 * same inferred graph.
 */
class AssessmentCasesTest {

    private static final Path CASES = Path.of("src/test/resources/assessment-cases");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".trig")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseConcludesWhatItsLawSaysAndNothingItForbids(String name) throws IOException {
        Dataset fixture = RDFDataMgr.loadDataset(CASES.resolve(name).toString(), Lang.TRIG);
        Path facts = tmp.resolve(name.replace(".trig", ".ttl"));
        try (OutputStream out = Files.newOutputStream(facts)) {
            RDFDataMgr.write(out, fixture.getDefaultModel(), RDFFormat.TURTLE);
        }
        // The cases are uncited sketches, so the shape check is left out: this is about what follows.
        KnowledgeGraph graph = KnowledgeGraph.load(List.of(facts));
        Graph fast = graph.reason(Engine.FAST).inferred();
        Graph hermit = graph.reason(Engine.HERMIT).inferred();

        assertThat(fast.isIsomorphicWith(hermit)).as("%s: the fast engine gives HermiT's graph", name).isTrue();
        assertThat(triples(fixture, "urn:expected")).as("%s: expected", name).isNotEmpty().allSatisfy(
                t -> assertThat(fast.contains(t)).as("%s: expected %s", name, t).isTrue());
        assertThat(triples(fixture, "urn:absent")).as("%s: absent", name).allSatisfy(
                t -> assertThat(fast.contains(t)).as("%s: must not follow: %s", name, t).isFalse());
    }

    private static List<Triple> triples(Dataset fixture, String graph) {
        return fixture.asDatasetGraph().getGraph(NodeFactory.createURI(graph)).find().toList();
    }
}
