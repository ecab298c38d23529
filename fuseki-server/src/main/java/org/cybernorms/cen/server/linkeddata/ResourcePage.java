package org.cybernorms.cen.server.linkeddata;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.Links;
import org.cybernorms.cen.server.web.NodeHtml;

/**
 * The HTML page of one resource: its profile (a State's positions, a question's map...),
 * then the generic part every resource has: its statements, its citations, what points to it.
 */
final class ResourcePage {

    private ResourcePage() {}

    /** @param profile the profile's HTML sections, or "" for a thing of no profiled kind */
    static String render(Description d, String profile) {
        String iri = d.subject().getURI();
        String label = d.label(d.subject());
        String title = label != null ? label : CenNames.compact(iri);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p class=\"iri\">").append(Html.escape(iri)).append("</p>\n");

        body.append(profile);
        body.append("<h2>Statements</h2>\n<table class=\"statements\">\n");
        for (Description.Statement s : d.statements()) {
            Triple t = s.triple();
            body.append(s.inferred() ? "<tr class=\"inferred\">" : "<tr>")
                    .append("<th>").append(NodeHtml.render(t.getPredicate(), d::label)).append("</th><td>")
                    .append(NodeHtml.render(t.getObject(), d::label));
            if (s.inferred()) {
                body.append("<span class=\"badge\" title=\"inferred by the reasoner\">inferred</span>");
            }
            body.append("</td></tr>\n");
        }
        body.append("</table>\n");

        if (!d.citations().isEmpty()) {
            body.append("<h2>Citations</h2>\n<ul class=\"citations\">\n");
            for (Description.Citation c : d.citations()) {
                body.append("<li>");
                if (c.source() != null) {
                    body.append(NodeHtml.render(c.source(), n -> c.sourceTitle() != null ? c.sourceTitle() : d.label(n)));
                }
                if (c.locator() != null) {
                    body.append(", ").append(Html.escape(c.locator()));
                }
                body.append(" (").append(NodeHtml.render(c.citation(), n -> "citation")).append(")");
                if (c.quote() != null) {
                    body.append("<blockquote>").append(Html.escape(c.quote())).append("</blockquote>");
                }
                body.append("</li>\n");
            }
            body.append("</ul>\n");
        }

        List<Triple> incoming = d.incoming();
        if (!incoming.isEmpty()) {
            body.append("<h2>Referred to by</h2>\n<table class=\"incoming\">\n");
            for (Triple t : incoming) {
                body.append("<tr><td>").append(NodeHtml.render(t.getSubject(), d::label)).append("</td><td>")
                        .append(NodeHtml.render(t.getPredicate(), d::label)).append("</td></tr>\n");
            }
            body.append("</table>\n");
        }
        body.append(formats(iri));
        return Layout.page(title, body.toString());
    }

    /** Links to the other representations of the same resource. */
    static String formats(String iri) {
        String path = Links.href(iri);
        StringBuilder out = new StringBuilder("<footer>Also as ");
        String[][] formats = {{"ttl", "Turtle"}, {"jsonld", "JSON-LD"}, {"nt", "N-Triples"}, {"rdf", "RDF/XML"}};
        for (int i = 0; i < formats.length; i++) {
            out.append(i == 0 ? "" : ", ").append("<a href=\"").append(Html.escape(path + "?format=" + formats[i][0]))
                    .append("\">").append(formats[i][1]).append("</a>");
        }
        return out.append(". Inferred statements are marked <span class=\"badge\">inferred</span>.</footer>").toString();
    }
}
