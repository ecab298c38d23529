package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Html;

/**
 * The profile of a norm: its text, kind and where it is stated, who endorsed it, and the
 * operations assessed against it with the readings and claims each assessment rests on.
 */
final class NormProfile {

    private NormProfile() {}

    static boolean applies(Facts facts, Node node) {
        return facts.isA(node, CEN.Norm);
    }

    static String render(Facts facts, Node norm) {
        StringBuilder out = new StringBuilder();
        String text = facts.text(norm, CEN.text);
        if (text != null) {
            out.append("<blockquote class=\"norm-text\">").append(Html.escape(text)).append("</blockquote>\n");
        }
        StringBuilder facts1 = new StringBuilder("<table class=\"facts\"><tbody>");
        facts1.append("<tr><th scope=\"row\">Kind</th><td>").append(Fragments.links(facts, facts.cenTypes(norm)))
                .append("</td></tr>");
        facts1.append(Fragments.factRows(facts, norm, List.of(CEN.statedIn, CEN.provision, CEN.protects)));
        String comment = facts.text(norm, RDFS.comment);
        if (comment != null) {
            facts1.append("<tr><th scope=\"row\">Note</th><td>").append(Html.escape(comment)).append("</td></tr>");
        }
        out.append(Fragments.section("about", "The norm", facts1 + "</tbody></table>\n"
                + Fragments.quotes(facts, facts.quotes(norm), null)));
        List<Node> endorsers = facts.subjects(CEN.endorses, norm);
        out.append(Fragments.section("endorsers", "Endorsed by", endorsers.isEmpty()
                ? Fragments.none("No endorsement is recorded.")
                : "<p>" + Fragments.links(facts, endorsers) + "</p>\n"));
        List<Node> assessments = Assessments.ofNorm(facts, norm);
        out.append(Fragments.section("assessments", "Operations assessed against it", assessments.isEmpty()
                ? Fragments.none("No operation is assessed against this norm.")
                : Assessments.table(facts, assessments, true)));
        return out.toString();
    }
}
