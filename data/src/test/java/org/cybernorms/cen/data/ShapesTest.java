package org.cybernorms.cen.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shapes accept the real knowledge base (ontology + data) and reject each fixture of
 * {@code shape-fixtures/} for the reason the fixture states: its own shape, focus node and
 * path, and no other shape.
 */
class ShapesTest {

    private static CenShapes shapes;

    @BeforeAll
    static void loadShapes() {
        shapes = CenShapes.load();
    }

    static List<ShapeFixture> fixtures() {
        return ShapeFixture.all(ProjectFiles.testResource("shape-fixtures"));
    }

    @Test
    void realDataConforms() {
        ValidationReport report = shapes.validate(TestGraphs.ontologyAndData());

        assertThat(report.getEntries()).as("SHACL violations in the real data:%n%s", describe(report.getEntries()))
                .isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void everyConstrainedShapeHasAFixture() {
        List<String> fixtureNames = fixtures().stream().map(ShapeFixture::shapeName).toList();

        assertThat(shapes.constrainedShapes()).isNotEmpty();
        assertThat(shapes.constrainedShapes().stream().map(CenShapes::localName))
                .as("shapes without a fixture under shape-fixtures/")
                .allMatch(fixtureNames::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureViolatesItsShapeOnly(ShapeFixture fixture) {
        assertThat(shapes.constrainedShapes()).as("a shape named %s", fixture.shapeName()).contains(fixture.shape());
        assertThat(fixture.expected()).as("'# expect:' lines in %s", fixture.file()).isNotEmpty();
        assertThat(Files.isRegularFile(fixture.file())).isTrue();

        Collection<ReportEntry> entries = shapes.validate(TestGraphs.ontologyPlus(fixture.file())).getEntries();

        assertThat(entries).as("results of %s:%n%s", fixture, describe(entries))
                .allMatch(e -> fixture.shape().equals(e.source()));
        for (ShapeFixture.Expected expected : fixture.expected()) {
            assertThat(entries).as("a result with %s from %s; the report says:%n%s", expected, fixture, describe(entries))
                    .anyMatch(e -> expected.focus().equals(e.focusNode())
                            && expected.path().equals(e.resultPath())
                            && fixture.shape().equals(e.source()));
        }
        assertThat(entries).as("results of %s that no '# expect:' line names:%n%s", fixture, describe(entries))
                .allMatch(e -> fixture.expected().contains(new ShapeFixture.Expected(e.focusNode(), e.resultPath())));
    }

    private static String describe(Collection<ReportEntry> entries) {
        return entries.stream().map(ShapesTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(ReportEntry e) {
        Node source = e.source();
        return "  focus " + e.focusNode() + " | path " + e.resultPath() + " | value " + e.value()
                + " | shape " + source + " | " + e.message();
    }
}
