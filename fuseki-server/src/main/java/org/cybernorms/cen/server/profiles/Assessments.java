package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/**
 * A norm assessment explained: the operation and norm, the outcome, the official claims it
 * rests on, the positions whose reading it rests on and the positions that contest that
 * reading, each with the holder's answer.
 */
final class Assessments {

    private Assessments() {}

    static List<Node> ofOperation(Facts facts, Node operation) {
        return facts.sortedByLabel(facts.subjects(CEN.assessedOperation, operation));
    }

    static List<Node> ofNorm(Facts facts, Node norm) {
        return facts.sortedByLabel(facts.subjects(CEN.assessedNorm, norm));
    }

    /** A table of assessments; {@code showOperation} for a norm's page, else the norm is shown. */
    static String table(Facts facts, List<Node> assessments, boolean showOperation) {
        StringBuilder out = new StringBuilder("<table class=\"assessments\"><thead><tr><th scope=\"col\">")
                .append(showOperation ? "Operation" : "Norm").append("</th><th scope=\"col\">Outcome</th>")
                .append("<th scope=\"col\">Explanation</th></tr></thead><tbody>\n");
        for (Node a : assessments) {
            Node other = facts.object(a, showOperation ? CEN.assessedOperation : CEN.assessedNorm);
            out.append("<tr><td>").append(Fragments.link(facts, other)).append("<br><small>")
                    .append(Fragments.link(facts, a)).append("</small></td><td>")
                    .append(Fragments.link(facts, facts.object(a, CEN.outcome))).append("</td><td>")
                    .append(explanation(facts, a)).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    static String explanation(Facts facts, Node assessment) {
        StringBuilder out = new StringBuilder("<ul class=\"explanation\">");
        List<Node> claims = facts.objects(assessment, CEN.restsOnClaim);
        if (claims.isEmpty()) {
            out.append("<li>Rests on no official attribution claim.</li>");
        }
        for (Node claim : facts.sortedByLabel(claims)) {
            out.append("<li>Rests on the claim ").append(Claims.summary(facts, claim)).append("</li>");
        }
        for (Node p : facts.sortedByLabel(facts.objects(assessment, CEN.restsOnPosition))) {
            out.append("<li>Rests on the reading of ").append(position(facts, p)).append("</li>");
        }
        for (Node p : facts.sortedByLabel(facts.objects(assessment, CEN.contestedByPosition))) {
            out.append("<li>Contested by ").append(position(facts, p)).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    private static String position(Facts facts, Node position) {
        PositionView p = PositionView.of(facts, position);
        return Fragments.link(facts, p.holder()) + " (" + Fragments.link(facts, p.answer()) + ", "
                + Fragments.link(facts, position) + ")";
    }
}
