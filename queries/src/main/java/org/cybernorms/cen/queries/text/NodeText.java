package org.cybernorms.cen.queries.text;

import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/**
 * How a node reads in a text table: CEN-KG things as {@code cenid:state/DNK}, ontology
 * terms as {@code cen:LegalRule}, other IRIs in angle brackets, literals as their lexical
 * form, nothing for an unbound value. For reading, not for parsing back.
 */
public final class NodeText {

    private NodeText() {}

    public static String of(Node node) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            String iri = node.getURI();
            if (CEN.isThing(iri)) {
                return "cenid:" + iri.substring(CEN.ID.length());
            }
            if (CEN.isTerm(iri)) {
                return "cen:" + iri.substring(CEN.NS.length());
            }
            return "<" + iri + ">";
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.toString();
    }

    /** The last segment of an IRI's path ({@code DNK} for {@code cenid:state/DNK}); text otherwise. */
    public static String lastSegment(Node node) {
        String text = of(node);
        int cut = Math.max(text.lastIndexOf('/'), text.lastIndexOf(':'));
        return node != null && node.isURI() ? text.substring(cut + 1).replace(">", "") : text;
    }
}
