package org.cybernorms.cen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {

    private static final GeneratorSettings SMALL = new GeneratorSettings(6, 120, 60, 7);

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path dir) throws IOException {
        List<Path> first = DataGenerator.generate(SMALL, dir.resolve("a"));
        List<Path> second = DataGenerator.generate(SMALL, dir.resolve("b"));
        List<Path> other = DataGenerator.generate(new GeneratorSettings(6, 120, 60, 8), dir.resolve("c"));

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).getFileName()).isEqualTo(second.get(i).getFileName());
            assertThat(Files.mismatch(first.get(i), second.get(i))).as("%s", first.get(i).getFileName()).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(dir.resolve("a/operations-001.ttl"), dir.resolve("c/operations-001.ttl")))
                .isNotEqualTo(-1L);
    }

    @Test
    void theCountsAreAsAskedAndEveryQuestionHasPositionsOfHypotheticalStates(@TempDir Path dir) throws IOException {
        DataGenerator.generate(SMALL, dir);
        Model generated = ModelFactory.createDefaultModel();
        try (var files = Files.list(dir)) {
            files.forEach(f -> generated.read(f.toUri().toString(), "TTL"));
        }
        Graph g = generated.getGraph();

        assertThat(g.find(Node.ANY, RDF.type.asNode(), CEN.CyberOperation.asNode()).toList()).hasSize(120);
        assertThat(g.find(Node.ANY, RDF.type.asNode(), CEN.Position.asNode()).toList()).hasSize(60);
        assertThat(g.find(Node.ANY, RDF.type.asNode(), CEN.HypotheticalState.asNode()).toList()).hasSize(6);
        assertThat(g.find(Node.ANY, CEN.isoCode.asNode(), Node.ANY).toList()).isEmpty();
        assertThat(g.find(Node.ANY, CEN.claimedIntent.asNode(), Node.ANY).toList()).isNotEmpty();
        assertThat(g.find(Node.ANY, CEN.basis.asNode(), Node.ANY).toList()).isNotEmpty();
        assertThat(g.find(Node.ANY, RDF.type.asNode(), CEN.Attribution.asNode()).toList()).isNotEmpty();
        assertThat(g.find(Node.ANY, RDF.type.asNode(), CEN.Countermeasure.asNode()).toList()).isNotEmpty();

        Set<Node> answered = new HashSet<>();
        g.find(Node.ANY, CEN.answer.asNode(), Node.ANY).forEachRemaining(t -> answered.add(t.getObject()));
        Set<String> questions = new HashSet<>();
        answered.forEach(a -> questions.add(a.getURI().substring(0, a.getURI().lastIndexOf('/'))));
        assertThat(questions).hasSize(CuratedTerms.bundled().answers().size());
        assertThat(g.contains(NodeFactory.createURI(CEN.ID + "state/gen-state-00001"), RDF.type.asNode(),
                CEN.HypotheticalState.asNode())).isTrue();
    }

    @Test
    void theContractV2FactsComeInEveryKind(@TempDir Path dir) throws IOException {
        DataGenerator.generate(new GeneratorSettings(40, 3000, 1600, 3), dir);
        Model generated = ModelFactory.createDefaultModel();
        try (var files = Files.list(dir)) {
            files.forEach(f -> generated.read(f.toUri().toString(), "TTL"));
        }
        Graph g = generated.getGraph();

        for (Node property : List.of(CEN.onRequestOf.asNode(), CEN.claimedIntent.asNode(), CEN.contestedBy.asNode(),
                CEN.onBehalfOf.asNode(), CEN.supersedes.asNode())) {
            assertThat(g.find(Node.ANY, property, Node.ANY).toList()).as("%s", property).isNotEmpty();
        }
        for (Node basis : List.of(CEN.OrganConduct.asNode(), CEN.InstructionsOrControl.asNode())) {
            assertThat(g.contains(Node.ANY, CEN.basis.asNode(), basis)).as("%s", basis).isTrue();
        }
        for (Node confidence : List.of(CEN.LowConfidence.asNode(), CEN.ModerateConfidence.asNode(), CEN.HighConfidence.asNode())) {
            assertThat(g.contains(Node.ANY, CEN.confidence.asNode(), confidence)).as("%s", confidence).isTrue();
        }
        assertThat(g.find(Node.ANY, CEN.heldBy.asNode(), Node.ANY).toList()).hasSize(1600);
    }

    @Test
    void aSpecWithFewerThanTwoStatesIsRefused() {
        assertThatThrownBy(() -> new GeneratorSettings(1, 10, 10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--states");
    }
}
