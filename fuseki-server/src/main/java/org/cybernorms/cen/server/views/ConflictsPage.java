package org.cybernorms.cen.server.views;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * Where holders disagree, as a page: the graph of holders joined by their conflicts, and
 * the conflicting pairs as a table with both answers and positions. Drawn from the rows of
 * the catalogue's {@code conflicts} query.
 */
final class ConflictsPage {

    private ConflictsPage() {}

    static String render(QueryResult conflicts, LabelLookup labels) {
        StringBuilder body = new StringBuilder("<h1>Where holders disagree</h1>\n<p>States (blue) and other holders "
                + "(grey) are joined where their positions exclude each other (<code>cen:conflictsWith</code>, inferred "
                + "from the answers); each line is labelled with the questions. Follow a name or a question to its page; "
                + "the table below gives both answers and the positions. The rows: "
                + "<a href=\"" + Html.escape(QueryLinks.result(CatalogueNames.CONFLICTS, Map.of(), null)) + "\">"
                + CatalogueNames.CONFLICTS + "</a>.</p>\n");
        body.append("<div class=\"graph\" style=\"overflow-x:auto\">\n").append(ConflictGraphSvg.draw(conflicts, labels))
                .append("</div>\n<h2>The conflicting positions</h2>\n<table class=\"result pairs\"><tr><th>question</th>"
                        + "<th>holder</th><th>answer</th><th>holder</th><th>answer</th></tr>\n");
        for (int i = 0; i < conflicts.rows().size(); i++) {
            body.append("<tr><td>").append(NodeHtml.render(conflicts.get(i, "question"), MatrixSvg::slug)).append("</td>")
                    .append(holderCell(conflicts.get(i, "holder1"), conflicts.get(i, "position1"), labels))
                    .append("<td>").append(NodeHtml.render(conflicts.get(i, "answer1"), labels)).append("</td>")
                    .append(holderCell(conflicts.get(i, "holder2"), conflicts.get(i, "position2"), labels))
                    .append("<td>").append(NodeHtml.render(conflicts.get(i, "answer2"), labels)).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return Layout.page("Conflicts", body.toString());
    }

    private static String holderCell(Node holder, Node position, LabelLookup labels) {
        return "<td>" + NodeHtml.render(holder, labels) + " (" + NodeHtml.render(position, n -> "position") + ")</td>";
    }
}
