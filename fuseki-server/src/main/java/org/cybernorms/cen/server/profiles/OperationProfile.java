package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Html;

/**
 * The profile of a cyber operation: its facts, the attribution claims (claimant, date,
 * confidence, basis, quote), to whom it is attributable or allegedly so, and the norm
 * assessments with their explanations.
 */
final class OperationProfile {

    static final Property WAS_ASSOCIATED_WITH = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasAssociatedWith");

    private static final List<Property> FACTS = List.of(CEN.targets, CEN.affects, CEN.usesMethod, CEN.hasEffect,
            CEN.hasIntent, CEN.emanatesFrom, WAS_ASSOCIATED_WITH, CEN.partOf, DCTerms.date, CEN.attributableTo,
            CEN.allegedlyAttributableTo);

    private OperationProfile() {}

    static boolean applies(Facts facts, Node node) {
        return facts.isA(node, CEN.CyberOperation);
    }

    static String render(Facts facts, Node operation) {
        StringBuilder out = new StringBuilder();
        String comment = facts.text(operation, RDFS.comment);
        if (comment != null) {
            out.append("<p class=\"summary\">").append(Html.escape(comment)).append("</p>\n");
        }
        out.append(Fragments.section("facts", "Facts", "<table class=\"facts\"><tbody><tr><th scope=\"row\">Kind</th><td>"
                + Fragments.links(facts, facts.cenTypes(operation)) + "</td></tr>"
                + Fragments.factRows(facts, operation, FACTS) + "</tbody></table>\n"));
        out.append(Fragments.section("claims", "Attribution claims", claims(facts, operation)));
        List<Node> assessments = Assessments.ofOperation(facts, operation);
        out.append(Fragments.section("assessments", "Assessments against norms", assessments.isEmpty()
                ? Fragments.none("No norm assessment follows from the facts and claims recorded.")
                : Assessments.table(facts, assessments, false)));
        return out.toString();
    }

    private static String claims(Facts facts, Node operation) {
        List<Node> claims = Claims.about(facts, operation);
        if (claims.isEmpty()) {
            return Fragments.none("No attribution claim is recorded.");
        }
        StringBuilder out = new StringBuilder("<table class=\"claims\"><thead><tr><th scope=\"col\">Claim</th>"
                + "<th scope=\"col\">Claimant</th><th scope=\"col\">Points to</th><th scope=\"col\">Date</th>"
                + "<th scope=\"col\">Confidence</th><th scope=\"col\">Basis</th><th scope=\"col\">Quote</th></tr></thead><tbody>\n");
        for (Node claim : claims) {
            String date = facts.date(claim);
            Node confidence = facts.object(claim, CEN.confidence);
            List<Node> basis = facts.objects(claim, CEN.basis);
            out.append("<tr><td>").append(Fragments.link(facts, claim))
                    .append(Claims.official(facts, claim) ? " <span class=\"badge\">official</span>" : "")
                    .append("</td><td>").append(Fragments.links(facts, facts.objects(claim, CEN.attributedBy)))
                    .append("</td><td>").append(Fragments.links(facts, Claims.pointsTo(facts, claim)))
                    .append("</td><td>").append(date == null ? "<small>not stated</small>" : Html.escape(date))
                    .append("</td><td>").append(confidence == null ? "<small>not stated</small>" : Fragments.link(facts, confidence))
                    .append("</td><td>").append(basis.isEmpty() ? "<small>not stated</small>" : Fragments.links(facts, basis))
                    .append("</td><td>").append(Fragments.quotes(facts, facts.quotes(claim), null)).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }
}
