package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Html;

/**
 * The profile of a response (retorsion, countermeasure, plea of necessity, self-defence):
 * its facts, the verdict under each State's doctrine question by question, and the
 * conditions of the general law it fails.
 */
final class ResponseProfile {

    private static final List<Property> FACTS = List.of(CEN.takenBy, CEN.directedAt, CEN.respondsTo, CEN.onRequestOf,
            DCTerms.date, DCTerms.hasPart, DCTerms.isPartOf, CEN.priorNotification, CEN.urgent, CEN.cyberMeans,
            CEN.amountsToForce, CEN.proportionate, CEN.collective, CEN.contraryToDoctrineOf,
            CEN.consistentWithDoctrineOf, CEN.undeterminedUnderDoctrineOf);

    private ResponseProfile() {}

    static boolean applies(Facts facts, Node node) {
        return facts.isA(node, CEN.Response);
    }

    static String render(Facts facts, Node response) {
        StringBuilder out = new StringBuilder();
        String comment = facts.text(response, RDFS.comment);
        if (comment != null) {
            out.append("<p class=\"summary\">").append(Html.escape(comment)).append("</p>\n");
        }
        out.append(Fragments.section("facts", "Facts", "<table class=\"facts\"><tbody><tr><th scope=\"row\">Kind</th><td>"
                + Fragments.links(facts, facts.cenTypes(response)) + "</td></tr>"
                + Fragments.factRows(facts, response, FACTS) + "</tbody></table>\n"
                + Fragments.quotes(facts, facts.quotes(response), null)));
        out.append(Fragments.section("verdicts", "Verdicts under each State's doctrine", verdicts(facts, response)));
        List<Node> failed = facts.objects(response, CEN.failsCondition);
        out.append(Fragments.section("conditions", "Failed conditions of the general law", failed.isEmpty()
                ? Fragments.none("The facts recorded fail no condition of the general law.")
                : "<ul>" + String.join("", failed.stream().map(c -> "<li>" + Fragments.link(facts, c) + "</li>").toList())
                        + "</ul>\n"));
        return out.toString();
    }

    private static String verdicts(Facts facts, Node response) {
        List<Node> verdicts = Verdicts.on(facts, response);
        if (verdicts.isEmpty()) {
            return Fragments.none("No verdict follows: no State's doctrine answers a question these facts raise.");
        }
        StringBuilder out = new StringBuilder("<table class=\"verdicts\"><thead><tr><th scope=\"col\">Doctrine of</th>"
                + "<th scope=\"col\">Question</th><th scope=\"col\">Outcome</th><th scope=\"col\">Rests on</th>"
                + "<th scope=\"col\">Facts unknown</th></tr></thead><tbody>\n");
        for (Node v : verdicts) {
            out.append("<tr><td>").append(Fragments.links(facts, facts.objects(v, CEN.underDoctrineOf)))
                    .append("</td><td>").append(Fragments.link(facts, facts.object(v, CEN.onQuestion)))
                    .append("</td><td>").append(Fragments.link(facts, facts.object(v, CEN.outcome)))
                    .append("</td><td>").append(Fragments.links(facts, facts.objects(v, CEN.restsOnPosition)))
                    .append("</td><td>").append(Fragments.links(facts, facts.objects(v, CEN.unknownFact)))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }
}
