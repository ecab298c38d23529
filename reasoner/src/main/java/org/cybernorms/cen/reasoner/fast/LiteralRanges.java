package org.cybernorms.cen.reasoner.fast;

import org.cybernorms.cen.owl.HermitReasonerFactory;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * The datatype check HermiT makes on data property values, for the OWL 2 datatypes the
 * ontology uses as ranges: a value whose datatype is another OWL 2 datatype clashes with
 * the range. Values of datatypes outside OWL 2 (such as {@code xsd:date}) are left alone,
 * as {@code HermitReasonerFactory} tells HermiT to ignore them.
 */
final class LiteralRanges {

    private static final Set<String> CHECKED = Set.of(XSDDatatype.XSDboolean.getURI(), XSDDatatype.XSDstring.getURI(),
            XSDDatatype.XSDdateTime.getURI(), XSDDatatype.XSDinteger.getURI(), XSDDatatype.XSDdecimal.getURI(),
            XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDfloat.getURI(), XSDDatatype.XSDanyURI.getURI());

    private LiteralRanges() {}

    /** True when the value cannot be of the range datatype. */
    static boolean violates(Node value, String range) {
        if (!CHECKED.contains(range)) {
            return false;
        }
        if (!value.isLiteral()) {
            return true;
        }
        String datatype = value.getLiteralDatatypeURI();
        if (datatype.equals(range)) {
            return false;
        }
        if (range.equals(XSDDatatype.XSDdecimal.getURI()) && datatype.equals(XSDDatatype.XSDinteger.getURI())) {
            return false;
        }
        return CHECKED.contains(datatype) || !value.getLiteralLanguage().isEmpty();
    }
}
