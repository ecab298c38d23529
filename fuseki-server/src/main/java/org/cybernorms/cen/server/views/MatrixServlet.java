package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.html.NodeHtml;

/** {@code /matrix}: the doctrine matrix, States by questions, as an SVG heat map drawn here. */
public final class MatrixServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient DatasetGraph served;
    private final transient QueryTarget target;

    public MatrixServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryResult matrix = QueryRunner.run(target, catalogue.get("doctrine-matrix"), Map.of());
        Set<Node> conflicting = conflictingPositions(QueryRunner.run(target, catalogue.get("conflicts"), Map.of()));
        LabelLookup labels = new LabelLookup(served);
        MatrixSvg.Drawing drawing = MatrixSvg.draw(matrix, conflicting, labels);
        StringBuilder body = new StringBuilder("<h1>Doctrine matrix</h1>\n<p>Each row a State, each column a legal "
                + "question; a cell's colour is the State's answer (one colour per answer of that question, so a column "
                + "of one colour is agreement), a red outline marks a position that conflicts with another holder's, a "
                + "grey cell means no recorded position. Point at a cell for its answer; follow it to the position, its "
                + "quote and source. The rows: <a href=\"/queries/doctrine-matrix\">doctrine-matrix</a>.</p>\n");
        body.append("<div class=\"heatmap\" style=\"overflow-x:auto\">\n").append(drawing.svg()).append("</div>\n");
        body.append("<h2>Answers</h2>\n<table class=\"legend\">");
        drawing.answersByQuestion().forEach((question, answers) -> {
            body.append("<tr><th>").append(NodeHtml.render(question, n -> MatrixSvg.slug(n))).append("</th><td>");
            for (Node answer : answers) {
                body.append("<span style=\"background:").append(drawing.colourOf().get(answer)).append("\">")
                        .append(NodeHtml.render(answer, labels)).append("</span> ");
            }
            body.append("</td></tr>");
        });
        body.append("</table>\n");
        ViewResponses.html(response, ViewLayout.page("Doctrine matrix", body.toString()));
    }

    /** Every position that conflicts with another, from the rows of the {@code conflicts} query. */
    static Set<Node> conflictingPositions(QueryResult conflicts) {
        Set<Node> positions = new HashSet<>();
        for (int i = 0; i < conflicts.rows().size(); i++) {
            positions.add(conflicts.get(i, "position1"));
            positions.add(conflicts.get(i, "position2"));
        }
        return positions;
    }
}
