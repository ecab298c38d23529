package org.cybernorms.cen.server.views;

import java.util.List;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryHeader;
import org.cybernorms.cen.queries.QueryParam;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;

/** The catalogue as a page: per query its title, question, parameters, how to read it, and a link to run it. */
final class CataloguePage {

    private CataloguePage() {}

    static String render(List<CatalogueQuery> queries) {
        StringBuilder body = new StringBuilder("<h1>Query catalogue</h1>\n<p>Named SPARQL queries over the "
                + "knowledge graph (ontology, data and what the reasoner infers). Each runs here with the values in "
                + "its link, or with yours in the URL (<code>/queries/NAME?parameter=value</code>; a list takes values "
                + "separated by commas), and answers as a page, CSV, TSV or SPARQL JSON (<code>?format=csv</code> or "
                + "the Accept header). The same queries run on the command line: <code>cen query NAME</code>.</p>\n<ul>");
        for (CatalogueQuery q : queries) {
            body.append("<li><a href=\"#").append(Html.escape(q.name())).append("\">").append(Html.escape(q.header().title()))
                    .append("</a> <code>").append(Html.escape(q.name())).append("</code></li>");
        }
        body.append("</ul>\n");
        for (CatalogueQuery q : queries) {
            body.append(section(q));
        }
        return Layout.page("Query catalogue", body.toString());
    }

    private static String section(CatalogueQuery q) {
        QueryHeader h = q.header();
        StringBuilder s = new StringBuilder("<section class=\"query\" id=\"").append(Html.escape(q.name())).append("\">");
        s.append("<h2>").append(Html.escape(h.title())).append(" <small class=\"iri\">").append(Html.escape(q.name()))
                .append("</small></h2>\n<p class=\"question\">").append(Html.escape(h.question())).append("</p>\n");
        if (h.params().isEmpty()) {
            s.append("<p>No parameters.</p>\n");
        } else {
            s.append("<table class=\"params\"><tr><th>parameter</th><th>kind</th><th>required</th><th>meaning</th></tr>");
            for (QueryParam p : h.params()) {
                s.append("<tr><td><code>").append(Html.escape(p.name())).append("</code></td><td>")
                        .append(Html.escape(p.type().headerName() + (p.list() ? ", list of at least " + p.min() : "")))
                        .append("</td><td>").append(p.optional() ? "no" : "yes").append("</td><td>")
                        .append(Html.escape(p.meaning())).append("</td></tr>");
            }
            s.append("</table>\n");
        }
        s.append("<p class=\"reading\"><strong>Reading the answer.</strong> ").append(Html.escape(h.reading())).append("</p>\n");
        String run = QueryLinks.result(q.name(), h.example(), null);
        s.append("<p><a class=\"run\" href=\"").append(Html.escape(run)).append("\">Run")
                .append(h.example().isEmpty() ? "" : " with " + Html.escape(example(h))).append("</a>");
        for (String format : List.of("csv", "tsv", "json")) {
            s.append(" · <a href=\"").append(Html.escape(QueryLinks.result(q.name(), h.example(), format))).append("\">")
                    .append(format.toUpperCase(java.util.Locale.ROOT)).append("</a>");
        }
        return s.append("</p></section>\n").toString();
    }

    private static String example(QueryHeader h) {
        StringBuilder out = new StringBuilder();
        h.example().forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return out.toString();
    }
}
