package org.cybernorms.cen.server.views;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * The doctrine matrix as a page: how to read it, the heat map, and per question the
 * colour of each answer.
 */
final class MatrixPage {

    private MatrixPage() {}

    static String render(MatrixSvg.Drawing drawing, LabelLookup labels) {
        StringBuilder body = new StringBuilder("<h1>Doctrine matrix</h1>\n<p>Each row a State, each column a legal "
                + "question; a cell's colour is the State's answer (one colour per answer of that question, so a column "
                + "of one colour is agreement), a red outline marks a position that conflicts with another holder's, a "
                + "grey cell means no recorded position. Point at a cell for its answer; follow it to the position, its "
                + "quote and source. The rows: <a href=\"" + Html.escape(QueryLinks.result(CatalogueNames.DOCTRINE_MATRIX, Map.of(), null))
                + "\">" + CatalogueNames.DOCTRINE_MATRIX + "</a>.</p>\n");
        body.append("<div class=\"heatmap\" style=\"overflow-x:auto\">\n").append(drawing.svg()).append("</div>\n");
        body.append("<h2>Answers</h2>\n<table class=\"legend\">");
        drawing.answersByQuestion().forEach((question, answers) -> {
            body.append("<tr><th>").append(NodeHtml.render(question, MatrixSvg::slug)).append("</th><td>");
            for (Node answer : answers) {
                body.append("<span style=\"background:").append(drawing.colourOf().get(answer)).append("\">")
                        .append(NodeHtml.render(answer, labels)).append("</span> ");
            }
            body.append("</td></tr>");
        });
        body.append("</table>\n");
        return Layout.page("Doctrine matrix", body.toString());
    }
}
