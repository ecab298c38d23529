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
        });
    }

    @Test
    void theTextTableShowsAnswersSilenceAndVerdicts() {
        DoctrineComparison comparison = DoctrineComparison.compare(Fixtures.catalogue(), fixtures,
                List.of("DNK", "ISR", "EST"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonTableWriter.write(comparison, out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("question\\s+\\| DNK\\s+\\| ISR\\s+\\| EST\\s+\\| verdict");
        assertThat(lines).anyMatch(line -> line.matches(
                "countermeasures-prior-notification \\| required-except-urgent \\| not-required \\| -\\s+\\| conflict"));
        assertThat(lines).anyMatch(line -> line.matches("collective-countermeasures\\s+\\| -.*\\| permitted\\s+\\| silent"));
    }

    @Test
    void fewerThanTwoStatesIsABadStatesParameter() {
        assertThatThrownBy(() -> DoctrineComparison.compare(Fixtures.catalogue(), fixtures, List.of("DNK")))
                .isInstanceOfSatisfying(QueryParameterException.class, e -> assertThat(e.parameter()).isEqualTo("states"));
    }
}
