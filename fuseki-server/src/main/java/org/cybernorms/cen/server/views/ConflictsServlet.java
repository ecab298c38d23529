package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.html.NodeHtml;

/** {@code /conflicts}: the graph of holders joined where they disagree (SVG drawn here), and the pairs as a table. */
public final class ConflictsServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient DatasetGraph served;
    private final transient QueryTarget target;

    public ConflictsServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryResult conflicts = QueryRunner.run(target, catalogue.get("conflicts"), Map.of());
        LabelLookup labels = new LabelLookup(served);
        StringBuilder body = new StringBuilder("<h1>Where holders disagree</h1>\n<p>States (blue) and other holders "
                + "(grey) are joined where their positions exclude each other (<code>cen:conflictsWith</code>, inferred "
                + "from the answers); each line is labelled with the questions. Follow a name or a question to its page; "
                + "the table below gives both answers and the positions. The rows: "
                + "<a href=\"/queries/conflicts\">conflicts</a>.</p>\n");
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
        ViewResponses.html(response, ViewLayout.page("Conflicts", body.toString()));
    }

    private static String holderCell(Node holder, Node position, LabelLookup labels) {
        return "<td>" + NodeHtml.render(holder, labels) + " (" + NodeHtml.render(position, n -> "position") + ")</td>";
    }
}
