package org.cybernorms.cen.server.linkeddata;

import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Layout;
import org.cybernorms.cen.server.web.NodeHtml;

/** The HTML documentation of the ontology: a contents list and one section per term. */
final class OntologyPage {

    private OntologyPage() {}

    static String render(OntologyTerms.Documentation doc) {
        StringBuilder body = new StringBuilder("<h1>CEN-KG ontology</h1>\n<p class=\"iri\">")
                .append(Html.escape(CEN.NS)).append("</p>\n");
        if (doc.terms().isEmpty()) {
            body.append("<p>The ontology graph holds no terms.</p>\n");
        }
        body.append("<nav class=\"contents\">");
        OntologyTerms.Kind current = null;
        for (OntologyTerms.Term t : doc.terms()) {
            if (t.kind() != current) {
                body.append(current == null ? "" : "</p>").append("<h3>").append(Html.escape(t.kind().heading))
                        .append("</h3><p>");
                current = t.kind();
            } else {
                body.append(" · ");
            }
            body.append("<a href=\"#").append(Html.escape(t.localName())).append("\">")
                    .append(Html.escape(t.localName())).append("</a>");
        }
        body.append(current == null ? "" : "</p>").append("</nav>\n");
        for (OntologyTerms.Term t : doc.terms()) {
            body.append(section(t, doc));
        }
        body.append(ResourcePage.formats(CEN.ONTOLOGY_IRI));
        return Layout.page("Ontology", body.toString());
    }

    private static String section(OntologyTerms.Term t, OntologyTerms.Documentation doc) {
        StringBuilder s = new StringBuilder("<section class=\"term\" id=\"").append(Html.escape(t.localName())).append("\">");
        s.append("<h2>").append(Html.escape(t.label() != null ? t.label() : t.localName()))
                .append(" <small class=\"iri\">cen:").append(Html.escape(t.localName())).append("</small></h2>\n");
        if (t.definition() != null) {
            s.append("<p class=\"definition\">").append(Html.escape(t.definition())).append("</p>\n");
        }
        s.append("<table>");
        row(s, "IRI", List.of(t.iri()), doc);
        row(s, "Type", t.types(), doc);
        row(s, "Source", t.sources(), doc);
        row(s, t.kind() == OntologyTerms.Kind.CLASS ? "Subclass of" : "Subproperty of", t.supers(), doc);
        row(s, t.kind() == OntologyTerms.Kind.CLASS ? "Subclasses" : "Subproperties", t.subs(), doc);
        row(s, "Domain", t.domains(), doc);
        row(s, "Range", t.ranges(), doc);
        return s.append("</table></section>\n").toString();
    }

    private static void row(StringBuilder s, String heading, List<Node> values, OntologyTerms.Documentation doc) {
        if (values.isEmpty()) {
            return;
        }
        s.append("<tr><th>").append(Html.escape(heading)).append("</th><td>");
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(NodeHtml.render(values.get(i), doc.labels()::get));
        }
        s.append("</td></tr>");
    }
}
