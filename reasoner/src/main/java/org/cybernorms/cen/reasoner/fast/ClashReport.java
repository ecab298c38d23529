package org.cybernorms.cen.reasoner.fast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.RdfSource;
import org.cybernorms.cen.core.TripleOrigins;
import org.cybernorms.cen.reasoner.InconsistentDataException;

/**
 * Turns a clash the rules met into the exception HermiT's path throws: the axiom that
 * forbids it, then the clashing facts, each marked with the files that assert it or as
 * inferred.
 */
final class ClashReport {

    private ClashReport() {}

    static InconsistentDataException of(String axiom, List<Triple> facts, Predicate<Triple> asserted,
            List<RdfSource> inputs) {
        List<Triple> assertedFacts = facts.stream().filter(asserted).toList();
        Map<Triple, List<String>> origins = TripleOrigins.locate(assertedFacts, inputs);
        List<String> lines = new ArrayList<>();
        lines.add(axiom + "    [ontology axiom]");
        for (Triple fact : facts) {
            String where;
            if (!asserted.test(fact)) {
                where = "inferred";
            } else {
                List<String> files = origins.getOrDefault(fact, List.of());
                where = files.isEmpty() ? "data fact" : "data fact from " + String.join(", ", files);
            }
            lines.add(render(fact) + "    [" + where + "]");
        }
        return new InconsistentDataException(lines);
    }

    static String render(Triple t) {
        return render(t.getSubject()) + " " + render(t.getPredicate()) + " " + render(t.getObject());
    }

    private static String render(Node node) {
        if (node.equals(RDF.type.asNode())) {
            return "a";
        }
        if (node.isURI() && CEN.isTerm(node.getURI())) {
            return "cen:" + node.getURI().substring(CEN.NS.length());
        }
        if (node.isURI() && CEN.isThing(node.getURI())) {
            return "cenid:" + node.getURI().substring(CEN.ID.length());
        }
        return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
    }
}
