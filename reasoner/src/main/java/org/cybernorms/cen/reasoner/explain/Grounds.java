package org.cybernorms.cen.reasoner.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;

/**
 * What a norm assessment or a doctrine verdict rests on, in words a lawyer reads: each
 * claim with its claimant, date, confidence, publicity and basis, whether it is official
 * and who contests it; each position a reading rests on or is contested by, with its
 * holder, answer and date; and the fact a verdict could not weigh because it is not
 * recorded. The claims and positions named are returned too, so that their quotes can be
 * shown.
 */
public final class Grounds {

    /** The lines to show and the resources whose citations back them. */
    public record Description(List<String> lines, Set<Node> cited) {}

    private Grounds() {}

    /** The grounds of every assessment or verdict node among the nodes of these triples. */
    public static Description of(Graph graph, List<Triple> facts) {
        List<String> lines = new ArrayList<>();
        Set<Node> cited = new LinkedHashSet<>();
        Set<Node> nodes = new LinkedHashSet<>();
        facts.forEach(f -> {
            nodes.add(f.getSubject());
            nodes.add(f.getObject());
        });
        for (Node node : nodes) {
            if (graph.contains(node, RDF.type.asNode(), CEN.NormAssessment.asNode())
                    || graph.contains(node, RDF.type.asNode(), CEN.DoctrineVerdict.asNode())) {
                describe(graph, node, lines, cited);
            }
        }
        return new Description(lines, cited);
    }

    private static void describe(Graph graph, Node node, List<String> lines, Set<Node> cited) {
        lines.add(CenNames.compact(node.getURI()) + " (" + name(value(graph, node, CEN.outcome.asNode())) + ")");
        for (Node claim : values(graph, node, CEN.restsOnClaim.asNode())) {
            cited.add(claim);
            lines.add("  rests on the claim " + CenNames.compact(claim.getURI()) + ": " + claim(graph, claim));
        }
        for (Node position : values(graph, node, CEN.restsOnPosition.asNode())) {
            cited.add(position);
            lines.add("  rests on the position " + position(graph, position));
        }
        for (Node position : values(graph, node, CEN.contestedByPosition.asNode())) {
            cited.add(position);
            lines.add("  contested by the position " + position(graph, position));
        }
        for (Node fact : values(graph, node, CEN.unknownFact.asNode())) {
            lines.add("  undetermined: " + name(fact) + " is not recorded (unknown, not false)");
        }
        if (graph.contains(node, CEN.doctrineLaterThanResponse.asNode(), Node.ANY)) {
            lines.add("  the position was stated after the response");
        }
    }

    private static String claim(Graph graph, Node claim) {
        List<String> parts = new ArrayList<>();
        parts.add("by " + name(value(graph, claim, CEN.attributedBy.asNode())));
        parts.add("dated " + name(value(graph, claim, DCTerms.date.asNode())));
        parts.add("confidence " + name(value(graph, claim, CEN.confidence.asNode())));
        parts.add("public " + name(value(graph, claim, CEN.isPublic.asNode())));
        Node basis = value(graph, claim, CEN.basis.asNode());
        if (basis != null) {
            parts.add("basis " + name(basis));
        }
        parts.add(graph.contains(claim, RDF.type.asNode(), CEN.OfficialAttribution.asNode())
                ? "official" : "not official");
        for (Node denier : values(graph, claim, CEN.contestedBy.asNode())) {
            parts.add("denied by " + name(denier));
        }
        return String.join(", ", parts);
    }

    private static String position(Graph graph, Node position) {
        return CenNames.compact(position.getURI()) + ": " + name(value(graph, position, CEN.heldBy.asNode()))
                + " answers " + name(value(graph, position, CEN.answer.asNode()))
                + ", dated " + name(value(graph, position, DCTerms.date.asNode()));
    }

    private static Node value(Graph graph, Node subject, Node property) {
        List<Node> values = values(graph, subject, property);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<Node> values(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList().stream().distinct().toList();
    }

    private static String name(Node node) {
        if (node == null) {
            return "not recorded";
        }
        return node.isURI() ? CenNames.compact(node.getURI()) : node.getLiteralLexicalForm();
    }
}
