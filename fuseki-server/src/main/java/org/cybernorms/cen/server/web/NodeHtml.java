package org.cybernorms.cen.server.web;

import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CenNames;

/** Renders one RDF term as HTML: an IRI as a link to its page, a literal as escaped text. */
public final class NodeHtml {

    private NodeHtml() {}

    /**
     * @param labelOf the label to show for an IRI, or null to show its short name
     */
    public static String render(Node node, Function<Node, String> labelOf) {
        if (node.isURI()) {
            String iri = node.getURI();
            String label = labelOf.apply(node);
            String text = label != null ? label : CenNames.compact(iri);
            return "<a href=\"" + Html.escape(Links.href(iri)) + "\" title=\"" + Html.escape(iri) + "\">"
                    + Html.escape(text) + "</a>";
        }
        if (node.isLiteral()) {
            StringBuilder out = new StringBuilder("<span class=\"lit\">").append(Html.escape(node.getLiteralLexicalForm()));
            String lang = node.getLiteralLanguage();
            String datatype = node.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                out.append(" <small>@").append(Html.escape(lang)).append("</small>");
            } else if (datatype != null && !datatype.equals(XSDDatatype.XSDstring.getURI())) {
                out.append(" <small>").append(Html.escape(CenNames.compact(datatype))).append("</small>");
            }
            return out.append("</span>").toString();
        }
        return "<span class=\"bnode\">" + Html.escape("_:" + node.getBlankNodeLabel()) + "</span>";
    }
}
