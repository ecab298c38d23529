package org.cybernorms.cen.server.views;

import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.Links;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * States' doctrines side by side: a row per question, a column per State. A cell is red
 * where the State's position conflicts with another compared State's, green where all
 * agree, yellow where the answers differ without excluding each other, blue for an answer
 * in a row where someone is silent, grey where the State is silent. Each answer opens onto
 * its quote and source.
 */
final class ComparePage {

    private ComparePage() {}

    /** The page with a form and, when a comparison was made, its table. */
    static String render(String statesText, DoctrineComparison comparison, CompareEvidence evidence, LabelLookup labels) {
        StringBuilder body = new StringBuilder("<h1>Compare States' doctrines</h1>\n");
        body.append("<form method=\"get\" action=\"/compare\"><label>States (ISO codes, separated by commas) "
                + "<input name=\"states\" value=\"").append(Html.escape(statesText)).append("\" size=\"30\"></label> "
                + "<button type=\"submit\">Compare</button></form>\n");
        if (comparison == null) {
            return Layout.page("Compare", body.append("<p>Give two or more States, e.g. "
                    + "<a href=\"/compare?states=DNK,ISR,CAN\">DNK,ISR,CAN</a>.</p>").toString());
        }
        body.append("<p class=\"legend\"><span class=\"conflict-key\" style=\"background:#f6c9c9\">conflict</span>"
                + "<span style=\"background:#d8f0d8\">agreement</span><span style=\"background:#fff1bf\">different, "
                + "compatible answers</span><span style=\"background:#dde8f6\">answer where another is silent</span>"
                + "<span style=\"background:#eeeeee\">no recorded position</span> Open an answer for its quote and source; "
                + "the same table: <code>cen compare ").append(Html.escape(String.join(" ", codes(comparison))))
                .append("</code>.</p>\n");
        if (comparison.rows().isEmpty()) {
            body.append("<p>None of these States has a recorded position on any question.</p>\n");
        }
        body.append("<table class=\"compare\"><tr><th>question</th>");
        for (Node state : comparison.states()) {
            body.append("<th>").append(NodeHtml.render(state, labels)).append("</th>");
        }
        body.append("<th>verdict</th></tr>\n");
        for (DoctrineComparison.Row row : comparison.rows()) {
            body.append("<tr data-question=\"").append(Html.escape(row.question().getURI())).append("\"><th>")
                    .append(NodeHtml.render(row.question(), n -> row.questionLabel() != null ? row.questionLabel()
                            : labels.apply(n))).append("</th>");
            for (int column = 0; column < row.cells().size(); column++) {
                body.append(cell(row, row.cells().get(column), comparison.states().get(column), evidence, labels));
            }
            body.append("<td class=\"verdict\">").append(Html.escape(row.verdict().word())).append("</td></tr>\n");
        }
        body.append("</table>\n");
        return Layout.page("Compare " + String.join(", ", codes(comparison)), body.toString());
    }

    private static String cell(DoctrineComparison.Row row, List<DoctrineComparison.Cell> cells, Node state,
            CompareEvidence evidence, LabelLookup labels) {
        String kind = kind(row.verdict(), cells, evidence);
        StringBuilder td = new StringBuilder("<td class=\"").append(kind).append("\" data-state=\"")
                .append(Html.escape(state.getURI())).append("\">");
        if (cells.isEmpty()) {
            return td.append("no recorded position</td>").toString();
        }
        for (DoctrineComparison.Cell c : cells) {
            td.append("<div class=\"answer\">").append(NodeHtml.render(c.answer(), labels));
            td.append("<details><summary>quote and source</summary>");
            for (CompareEvidence.Quote q : evidence.quotes().getOrDefault(c.position(), List.of())) {
                if (q.quote() != null) {
                    td.append("<blockquote>").append(Html.escape(q.quote())).append("</blockquote>");
                }
                if (q.source() != null) {
                    td.append(NodeHtml.render(q.source(), n -> q.title() != null ? q.title() : labels.apply(n)));
                }
                if (q.locator() != null) {
                    td.append(", ").append(Html.escape(q.locator()));
                }
            }
            if (c.position() != null) {
                td.append("<p><a class=\"position\" href=\"").append(Html.escape(Links.href(c.position().getURI()))).append("\">the position</a></p>");
            }
            td.append("</details></div>");
        }
        return td.append("</td>").toString();
    }

    /** The cell's colour class. */
    private static String kind(DoctrineComparison.Verdict verdict, List<DoctrineComparison.Cell> cells,
            CompareEvidence evidence) {
        if (cells.isEmpty()) {
            return "silent";
        }
        return switch (verdict) {
            case CONFLICT -> cells.stream().anyMatch(c -> evidence.conflicting().contains(c.position())) ? "conflict" : "answered";
            case AGREE -> "agree";
            case COMPATIBLE -> "compatible";
            case SILENT -> "answered";
        };
    }

    private static List<String> codes(DoctrineComparison comparison) {
        return comparison.states().stream().map(s -> CenNames.lastSegment(s.getURI())).toList();
    }
}
