package org.cybernorms.cen.server.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/** Picks the label to show for a resource: English first, then no language, then any. */
public final class Labels {

    private Labels() {}

    /** The best {@code rdfs:label} of the node in the graph, or null. */
    public static String english(Graph graph, Node node) {
        String plain = null;
        String other = null;
        for (Triple t : graph.find(node, RDFS.label.asNode(), Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String lang = o.getLiteralLanguage();
            if (lang.toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return o.getLiteralLexicalForm();
            }
            if (lang.isEmpty()) {
                plain = o.getLiteralLexicalForm();
            } else if (other == null) {
                other = o.getLiteralLexicalForm();
            }
        }
        return plain != null ? plain : other;
    }
}
