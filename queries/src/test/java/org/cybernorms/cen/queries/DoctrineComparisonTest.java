package org.cybernorms.cen.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cybernorms.cen.queries.DoctrineComparison.Verdict;
import org.cybernorms.cen.queries.text.NodeText;
import org.junit.jupiter.api.Test;

/** The side-by-side comparison keeps the States in the order asked, one row per question. */
class DoctrineComparisonTest {

    private final QueryTarget fixtures = QueryTarget.local(Fixtures.dataset());

    @Test
    void questionsAreRowsStatesAreColumnsInTheOrderAsked() {
        DoctrineComparison comparison = DoctrineComparison.compare(Fixtures.catalogue(), fixtures, List.of("ISR", "DNK"));

        assertThat(comparison.states()).extracting(NodeText::of).containsExactly("cenid:state/ISR", "cenid:state/DNK");
        assertThat(comparison.rows()).singleElement().satisfies(row -> {
            assertThat(NodeText.of(row.question())).isEqualTo("cenid:question/countermeasures-prior-notification");
            assertThat(row.questionLabel()).startsWith("Must the injured State notify");
            assertThat(row.verdict()).isEqualTo(Verdict.CONFLICT);
            assertThat(row.cells().get(0)).extracting(cell -> NodeText.lastSegment(cell.answer())).containsExactly("not-required");
            assertThat(row.cells().get(1)).extracting(cell -> NodeText.of(cell.position()))
                    .containsExactly("cenid:position/DNK/countermeasures-prior-notification");
            assertThat(row.cells().get(1)).extracting(DoctrineComparison.Cell::reported).containsExactly(true);
        });
    }

    @Test
    void hypotheticalStatesAreComparedWithEachOtherOnly() {
        DoctrineComparison scenario = DoctrineComparison.compare(Fixtures.catalogue(), fixtures,
                List.of("fixture-state-a", "fixture-state-b"));
        assertThat(scenario.rows()).extracting(DoctrineComparison.Row::verdict)
                .containsExactly(Verdict.COMPATIBLE, Verdict.CONFLICT);

        assertThatThrownBy(() -> DoctrineComparison.compare(Fixtures.catalogue(), fixtures,
                List.of("DNK", "fixture-state-a")))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameter()).isEqualTo("states"))
                .hasMessageContaining("never compared");
    }

    @Test
    void theTextTableShowsAnswersSilenceAndVerdicts() {
        DoctrineComparison comparison = DoctrineComparison.compare(Fixtures.catalogue(), fixtures,
                List.of("DNK", "ISR", "EST"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonTableWriter.write(comparison, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("question\\s+\\| DNK\\s+\\| ISR\\s+\\| EST\\s+\\| verdict");
        // Every answer here is only reported (Muthukumar's account): marked, and said so below.
        assertThat(lines).anyMatch(line -> line.matches(
                "countermeasures-prior-notification \\| required-except-urgent\\* \\| not-required\\* \\| -\\s+\\| conflict"));
        assertThat(lines).anyMatch(line -> line.matches("collective-countermeasures\\s+\\| -.*\\| permitted\\*\\s+\\| silent"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(ComparisonTableWriter.REPORTED_NOTE);
    }

    @Test
    void theTextTableShowsDatesAndNoNoteWhenNothingIsReported() {
        DoctrineComparison comparison = new DoctrineComparison(
                List.of(org.cybernorms.cen.core.CEN.state("DNK").asNode(), org.cybernorms.cen.core.CEN.state("ISR").asNode()),
                List.of(new DoctrineComparison.Row(
                        org.cybernorms.cen.core.CEN.question("countermeasures-prior-notification").asNode(), null,
                        Verdict.SILENT, List.of(List.of(new DoctrineComparison.Cell(
                                org.cybernorms.cen.core.CEN.answer("countermeasures-prior-notification", "required").asNode(),
                                org.cybernorms.cen.core.CEN.position("DNK", "countermeasures-prior-notification").asNode(),
                                org.apache.jena.graph.NodeFactory.createLiteralDT("2023-05-01",
                                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate), false)), List.of()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonTableWriter.write(comparison, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).matches("countermeasures-prior-notification \\| required \\(2023-05-01\\) \\| -\\s+\\| silent");
    }

    @Test
    void fewerThanTwoStatesIsABadStatesParameter() {
        assertThatThrownBy(() -> DoctrineComparison.compare(Fixtures.catalogue(), fixtures, List.of("DNK")))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameter()).isEqualTo("states"));
    }
}
