package org.cybernorms.cen.server.profiles;

import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Links;
import org.cybernorms.cen.server.web.NodeHtml;

/** Pieces of HTML the profiles share: links by label, quotes with their source, fact rows. */
final class Fragments {

    private Fragments() {}

    /** A link to the node's page, its text the node's label (escaped). */
    static String link(Facts facts, Node node) {
        if (node == null) {
            return "";
        }
        if (!node.isURI()) {
            return NodeHtml.render(node, n -> null);
        }
        return "<a href=\"" + Html.escape(Links.href(node.getURI())) + "\">" + Html.escape(facts.label(node)) + "</a>";
    }

    static String links(Facts facts, Collection<Node> nodes) {
        StringJoiner out = new StringJoiner(", ");
        facts.sortedByLabel(nodes).forEach(n -> out.add(link(facts, n)));
        return out.toString();
    }

    /** The quotes of a thing, each with its source and locator; "own document" when the holder issued it. */
    static String quotes(Facts facts, List<Facts.Quote> quotes, Node holder) {
        StringBuilder out = new StringBuilder();
        for (Facts.Quote q : quotes) {
            out.append("<div class=\"quote\">");
            if (q.quote() != null) {
                out.append("<blockquote>").append(Html.escape(q.quote())).append("</blockquote>");
            }
            out.append("<small>");
            if (holder != null) {
                boolean own = q.issuers().contains(holder);
                out.append("<span class=\"source-kind ").append(own ? "own" : "report").append("\">")
                        .append(own ? "own document" : "report").append("</span> ");
            }
            if (q.source() != null) {
                out.append(link(facts, q.source()));
            }
            if (q.locator() != null) {
                out.append(", ").append(Html.escape(q.locator()));
            }
            out.append("</small></div>");
        }
        return out.toString();
    }

    /** A table row per property that has values: the property's label, then the values. */
    static String factRows(Facts facts, Node subject, List<Property> properties) {
        StringBuilder out = new StringBuilder();
        for (Property p : properties) {
            List<Node> values = facts.objects(subject, p);
            if (values.isEmpty()) {
                continue;
            }
            StringJoiner cells = new StringJoiner(", ");
            for (Node v : values) {
                cells.add(v.isURI() ? link(facts, v) : NodeHtml.render(v, n -> null));
            }
            out.append("<tr><th scope=\"row\">").append(Html.escape(facts.label(p.asNode()))).append("</th><td>")
                    .append(cells).append("</td></tr>\n");
        }
        return out.toString();
    }

    static String section(String id, String heading, String content) {
        return "<section class=\"profile\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\"><h2 id=\"" + id + "-h\">"
                + Html.escape(heading) + "</h2>\n" + content + "</section>\n";
    }

    static String none(String sentence) {
        return "<p class=\"none\">" + Html.escape(sentence) + "</p>\n";
    }

    static String text(String s) {
        return Html.escape(s);
    }
}
