package org.cybernorms.cen.reasoner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cybernorms.cen.core.ClasspathResources;
import org.cybernorms.cen.reasoner.rules.RuleStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fixture (a TriG file under rule-fixtures/) holds asserted facts in its default
 * graph and, in {@code <urn:expected>}, exactly the triples the rules must add.
 */
class RuleStageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rule-fixtures");

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(p -> p.toString().endsWith(".trig")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void rulesAddExactlyTheExpectedTriples(Path fixture) {
        Dataset dataset = RDFDataMgr.loadDataset(fixture.toString());
        Graph asserted = dataset.getDefaultModel().getGraph();
        Model expected = dataset.getNamedModel("urn:expected");
        Graph inferred = GraphFactory.createDefaultGraph();

        RuleStage.run(RuleStage.bundledRules(), asserted, inferred);

        Model actual = ModelFactory.createModelForGraph(inferred);
        assertThat(actual.isIsomorphicWith(expected))
                .as("inferred:%n%s%nexpected:%n%s", actual.listStatements().toList(), expected.listStatements().toList())
                .isTrue();
    }

    @Test
    void everyBundledRuleOpensWithAHeaderSayingWhatItDerivesAndItsSource() {
        List<String> files = org.cybernorms.cen.core.ClasspathResources.list(RuleStage.RULES_FOLDER, ".rq");
        assertThat(RuleStage.bundledRules()).extracting(RuleStage.Rule::name).containsExactlyElementsOf(files);
        for (String name : files) {
            String source = org.cybernorms.cen.core.ClasspathResources.read(name);
            assertThat(source).as(name).startsWith("# Derives:").contains("Source:");
        }
    }
}
