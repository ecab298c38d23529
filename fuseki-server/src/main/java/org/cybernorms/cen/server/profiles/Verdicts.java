package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/** The doctrine verdicts on a response: under whose doctrine, on which question, what outcome. */
final class Verdicts {

    private Verdicts() {}

    static List<Node> on(Facts facts, Node response) {
        return facts.sortedByLabel(facts.subjects(CEN.verdictOn, response));
    }

    /** A short list for a table cell, or "none drawn". */
    static String summary(Facts facts, Node response) {
        List<Node> verdicts = on(facts, response);
        if (verdicts.isEmpty()) {
            return "<small>none drawn</small>";
        }
        StringBuilder out = new StringBuilder("<ul>");
        for (Node v : verdicts) {
            out.append("<li>").append(Fragments.link(facts, facts.object(v, CEN.outcome))).append(" under the doctrine of ")
                    .append(Fragments.links(facts, facts.objects(v, CEN.underDoctrineOf))).append(" on ")
                    .append(Fragments.link(facts, facts.object(v, CEN.onQuestion))).append("</li>");
        }
        return out.append("</ul>").toString();
    }
}
