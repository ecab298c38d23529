package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.queries.QueryResult;
import org.junit.jupiter.api.Test;

/** The server-drawn SVGs on fixed rows: escaped, deterministic, linked, conflicts marked. */
class SvgViewsTest {

    private static final Node A = iri("state/AAA");
    private static final Node B = iri("actor/issue-6-body");
    private static final Node Q = iri("question/q-one");
    private static final Node YES = iri("question/q-one/yes");
    private static final Node NO = iri("question/q-one/no");
    private static final Node POS_A = iri("position/AAA/q-one");
    private static final Node POS_B = iri("position/issue-6-body/q-one");

    private static Node iri(String path) {
        return NodeFactory.createURI(CEN.ID + path);
    }

    private static LabelLookup labels() {
        DatasetGraph dataset = DatasetGraphFactory.create();
        dataset.getDefaultGraph().add(A, RDFS.label.asNode(), NodeFactory.createLiteralLang("State <A> & \"co\"", "en"));
        return new LabelLookup(dataset);
    }

    private static Binding row(Object... varsAndNodes) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < varsAndNodes.length; i += 2) {
            b.add(Var.alloc((String) varsAndNodes[i]), (Node) varsAndNodes[i + 1]);
        }
        return b.build();
    }

    @Test
    void theConflictGraphIsEscapedDeterministicAndLinked() {
        QueryResult conflicts = new QueryResult(List.of("question", "holder1", "answer1", "holder2", "answer2", "position1",
                "position2"), List.of(row("question", Q, "holder1", B, "answer1", NO, "holder2", A, "answer2", YES,
                        "position1", POS_B, "position2", POS_A)));
        String svg = ConflictGraphSvg.draw(conflicts, labels());
        assertThat(svg).isEqualTo(ConflictGraphSvg.draw(conflicts, labels()));
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("State &lt;A&gt; &amp; &quot;co&quot;").doesNotContain("State <A>")
                .contains("<g class=\"edge\" data-holders=\"" + B.getURI() + " " + A.getURI() + "\">")
                .contains("<a href=\"/id/question/q-one\"").contains(">q-one<")
                .contains("<a href=\"/id/state/AAA\"").contains("<a href=\"/id/actor/issue-6-body\"")
                .contains("class=\"holder state\"").contains("fill=\"#999999\"");
        // Two holders on the circle: the first at the top, the second at the bottom.
        assertThat(svg).contains("cx=\"550.0\" cy=\"90.0\"").contains("cx=\"550.0\" cy=\"630.0\"");
    }

    @Test
    void theMatrixColoursByAnswerAndOutlinesConflicts() {
        Node c = iri("state/CCC");
        Node posC = iri("position/CCC/q-one");
        QueryResult matrix = new QueryResult(List.of("state", "question", "answer", "position"), List.of(
                row("state", A, "question", Q, "answer", YES, "position", POS_A),
                row("state", c, "question", Q, "answer", NO, "position", posC)));
        MatrixSvg.Drawing drawing = MatrixSvg.draw(matrix, Set.of(POS_A), labels());
        assertThat(drawing.colourOf().get(NO)).isNotEqualTo(drawing.colourOf().get(YES));
        assertThat(drawing.answersByQuestion()).containsEntry(Q, List.of(NO, YES));
        assertThat(drawing.svg()).contains("<a href=\"/id/position/AAA/q-one\"")
                .contains("<rect class=\"cell conflict\" data-position=\"" + POS_A.getURI() + "\"")
                .contains("<rect class=\"cell\" data-position=\"" + posC.getURI() + "\"")
                .contains("fill=\"" + drawing.colourOf().get(YES) + "\" stroke=\"#c00000\"")
                .contains("State &lt;A&gt;").doesNotContain("State <A>");
    }
}
