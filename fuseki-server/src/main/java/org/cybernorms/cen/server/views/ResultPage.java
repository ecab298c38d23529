package org.cybernorms.cen.server.views;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * One query's result as a page: what it asks, the rows as a table (IRIs linked to their
 * pages), and beside it the query text with the parameters bound, as it ran.
 */
final class ResultPage {

    private ResultPage() {}

    static String render(CatalogueQuery query, Map<String, String> params, Query bound, QueryResult result) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(query.header().title())).append("</h1>\n<p class=\"question\">")
                .append(Html.escape(query.header().question())).append("</p>\n<p>");
        if (!params.isEmpty()) {
            body.append("With ");
            params.forEach((k, v) -> body.append("<code>").append(Html.escape(k)).append('=').append(Html.escape(v))
                    .append("</code> "));
            body.append("· ");
        }
        body.append(result.rows().size()).append(result.rows().size() == 1 ? " row" : " rows").append(" · also as ");
        List<String> formats = List.of("csv", "tsv", "json", "table");
        for (int i = 0; i < formats.size(); i++) {
            body.append(i == 0 ? "" : ", ").append("<a href=\"")
                    .append(Html.escape(QueryLinks.result(query.name(), params, formats.get(i)))).append("\">")
                    .append(formats.get(i).equals("table") ? "text" : formats.get(i).toUpperCase(java.util.Locale.ROOT))
                    .append("</a>");
        }
        body.append(" · <a href=\"/queries#").append(Html.escape(query.name())).append("\">how to read it</a></p>\n");
        body.append("<div class=\"side\"><div class=\"result\"><table class=\"result\"><tr>");
        for (String var : result.vars()) {
            body.append("<th>").append(Html.escape(var)).append("</th>");
        }
        body.append("</tr>\n");
        for (Binding row : result.rows()) {
            body.append("<tr>");
            for (String var : result.vars()) {
                Node node = row.get(Var.alloc(var));
                body.append("<td>").append(node == null ? "" : NodeHtml.render(node, n -> null)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</table></div>\n<aside><h2>The query</h2><pre class=\"sparql\">").append(Html.escape(bound.serialize()))
                .append("</pre></aside></div>\n");
        return Layout.page(query.header().title(), body.toString());
    }
}
