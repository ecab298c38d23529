package org.cybernorms.cen.queries.text;

import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;

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
            // Only CEN-KG's own names are shortened: a table shows any other IRI whole.
            String name = CEN.isThing(iri) || CEN.isTerm(iri) ? CenNames.compact(iri) : iri;
            return name.equals(iri) ? "<" + iri + ">" : name;
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return node.toString();
    }

    /** The last segment of an IRI ({@code DNK} for {@code cenid:state/DNK}); text otherwise. */
    public static String lastSegment(Node node) {
        return node != null && node.isURI() ? CenNames.lastSegment(node.getURI()) : of(node);
    }
}
