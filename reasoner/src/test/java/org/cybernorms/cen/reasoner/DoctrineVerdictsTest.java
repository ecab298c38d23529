package org.cybernorms.cen.reasoner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Doctrine verdicts and general-law conditions through the whole pipeline, on the real
 * knowledge base and a researcher's own response (the rule fixtures test each rule alone).
 */
class DoctrineVerdictsTest {

    private static final String PREFIXES = """
            @base <https://w3id.org/cyber-election-norms/id/> .
            @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aResponseTypedBothRetorsionAndCountermeasureIsInconsistent(Engine engine) throws IOException {
        // Legal review F11: retorsion is lawful in itself, a countermeasure is otherwise
        // wrongful conduct justified as such; one act cannot be both.
        Path file = write("both.ttl", "<response/fixture-both> a cen:Retorsion , cen:Countermeasure .");

        assertThatThrownBy(() -> KnowledgeGraph.load(List.of(file)).reason(engine))
                .isInstanceOf(InconsistentDataException.class)
                .hasMessageContaining("INCONSISTENT_DATA")
                .hasMessageContaining("fixture-both")
                .hasMessageContaining("both.ttl");
    }

    @Test
    void theReviewsSecondExampleOnTheRealPositions() throws IOException {
        // Legal review F5, E2: a forcible, urgent countermeasure taken without notification.
        Path file = write("e2.ttl", "<response/fixture-e2> a cen:Countermeasure ; cen:amountsToForce true ;"
                + " cen:priorNotification false ; cen:urgent true .");

        Model inferred = KnowledgeGraph.load(List.of(file)).reason(Engine.DEFAULT).inference().inferred();

        Resource response = CEN.response("fixture-e2");
        assertThat(states(inferred, response, CEN.contraryToDoctrineOf)).containsExactlyInAnyOrder("AUT", "JPN");
        // Israel holds no notification answer since its own words were read (legal review F15).
        assertThat(states(inferred, response, CEN.undeterminedUnderDoctrineOf)).containsExactlyInAnyOrder("DNK");
        assertThat(states(inferred, response, CEN.consistentWithDoctrineOf)).isEmpty();
        assertThat(inferred.listObjectsOfProperty(response, CEN.failsCondition).toList())
                .containsExactly(CEN.NonForcible);

        Resource verdict = inferred.createResource(
                CEN.thing("verdict/fixture-e2/DNK/countermeasures-prior-notification").getURI());
        assertThat(inferred.contains(verdict, RDF.type, CEN.DoctrineVerdict)).isTrue();
        assertThat(inferred.contains(verdict, CEN.outcome, CEN.Consistent)).isTrue();
        assertThat(inferred.contains(verdict, CEN.restsOnPosition,
                CEN.position("DNK", "countermeasures-prior-notification"))).isTrue();
        assertThat(inferred.contains(verdict, CEN.onQuestion, CEN.question("countermeasures-prior-notification")))
                .isTrue();
        // The KB records no date for Denmark's position: nothing said about chronology.
        assertThat(inferred.contains(verdict, CEN.doctrineLaterThanResponse)).isFalse();
        // Every verdict is under a real State's position: none under the scholar's.
        assertThat(inferred.listSubjectsWithProperty(CEN.verdictOn, response).toList()).hasSize(3);
    }

    private static List<String> states(Model inferred, Resource response, org.apache.jena.rdf.model.Property shortcut) {
        return inferred.listObjectsOfProperty(response, shortcut).mapWith(n -> n.asResource().getLocalName()).toList();
    }

    private Path write(String name, String turtle) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, PREFIXES + turtle + "\n");
        return file;
    }
}
