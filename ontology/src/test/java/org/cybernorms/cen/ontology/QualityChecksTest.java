package org.cybernorms.cen.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code *-violation.rq} of {@code quality/} over the ontology (it must return
 * no row) and over the ontology plus the check's fixture (it must return at least one,
 * which shows the check can fail).
 */
class QualityChecksTest {

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = OntologySources.model();
    }

    static Stream<QualityCheck> checks() throws IOException {
        try (Stream<Path> files = Files.list(OntologySources.resourceFolder("quality"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(QualityCheck.SUFFIX))
                    .sorted()
                    .map(QualityCheck::of)
                    .toList()
                    .stream();
        }
    }

    @Test
    void findsTheChecks() throws IOException {
        assertThat(checks()).as("quality checks found").hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void ontologyPasses(QualityCheck check) {
        List<String> offences = check.offences(ontology);
        assertThat(offences).as("%s over the ontology", check.name()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void fixtureTriggersTheCheck(QualityCheck check) {
        assertThat(check.fixture()).as("fixture of %s", check.name()).exists();
        Model withFixture = ModelFactory.createDefaultModel()
                .add(ontology)
                .add(OntologySources.read(check.fixture()));
        assertThat(check.offences(withFixture)).as("%s over its fixture", check.name()).isNotEmpty();
    }
}
