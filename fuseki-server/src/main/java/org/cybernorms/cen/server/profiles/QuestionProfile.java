package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Html;

/**
 * The profile of a legal question: its answers and what each excludes, a world map of the
 * States' answers, every holder's answer with its quote and date, and the conflicts.
 */
final class QuestionProfile {

    private QuestionProfile() {}

    static boolean applies(Facts facts, Node node) {
        return facts.isA(node, CEN.LegalQuestion);
    }

    static String render(Facts facts, Node question) {
        List<PositionView> all = PositionView.onQuestion(facts, question);
        List<PositionView> current = all.stream().filter(PositionView::current).toList();
        Map<Node, String> colours = WorldMap.colours(facts, question);
        StringBuilder out = new StringBuilder();
        String comment = facts.text(question, RDFS.comment);
        if (comment != null) {
            out.append("<p class=\"summary\">").append(Html.escape(comment)).append("</p>\n");
        }
        out.append(Fragments.section("answers", "Answers", answers(facts, question, colours)));
        out.append(Fragments.section("map", "Map of the States' answers",
                WorldMap.draw(facts, question, current, colours, facts.statesByIso())));
        out.append(Fragments.section("holders", "Every holder's answer", holders(facts, all)));
        out.append(Fragments.section("conflicts", "Conflicts", conflicts(facts, current)));
        return out.toString();
    }

    private static String answers(Facts facts, Node question, Map<Node, String> colours) {
        StringBuilder out = new StringBuilder("<ul class=\"answers\">");
        for (Map.Entry<Node, String> e : colours.entrySet()) {
            Node answer = e.getKey();
            out.append("<li><span class=\"swatch\" style=\"background:").append(e.getValue()).append("\"></span>")
                    .append(Fragments.link(facts, answer));
            List<Node> excludes = facts.objects(answer, CEN.excludes);
            if (!excludes.isEmpty()) {
                out.append(" <small>excludes ").append(Fragments.links(facts, excludes)).append("</small>");
            }
            out.append("</li>");
        }
        return out.append("</ul>\n").toString();
    }

    private static String holders(Facts facts, List<PositionView> all) {
        if (all.isEmpty()) {
            return Fragments.none("No holder's position on this question is recorded.");
        }
        List<PositionView> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((PositionView p) -> facts.label(p.holder()).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(PositionView.BY_DATE));
        StringBuilder out = new StringBuilder("<table class=\"holders\"><thead><tr><th scope=\"col\">Holder</th>"
                + "<th scope=\"col\">Answer</th><th scope=\"col\">Date</th><th scope=\"col\">Quote and source</th></tr></thead><tbody>\n");
        for (PositionView p : sorted) {
            out.append(p.current() ? "<tr>" : "<tr class=\"superseded\">").append("<td>")
                    .append(Fragments.link(facts, p.holder())).append("</td><td>").append(Fragments.link(facts, p.answer()))
                    .append(p.current() ? "" : " <small>(superseded)</small>").append("<br><small>")
                    .append(Fragments.link(facts, p.position())).append("</small></td><td>")
                    .append(p.date() == null ? "<small>not stated</small>" : Fragments.text(p.date())).append("</td><td>")
                    .append(Fragments.quotes(facts, p.quotes(), p.holder())).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String conflicts(Facts facts, List<PositionView> current) {
        StringBuilder rows = new StringBuilder();
        Set<Set<Node>> seen = new HashSet<>();
        for (PositionView p : current) {
            for (Node other : facts.objects(p.position(), CEN.conflictsWith)) {
                if (!seen.add(Set.of(p.position(), other))) {
                    continue;
                }
                PositionView o = PositionView.of(facts, other);
                rows.append("<tr><td>").append(Fragments.link(facts, p.holder())).append(": ")
                        .append(Fragments.link(facts, p.answer())).append("</td><td>")
                        .append(Fragments.link(facts, o.holder())).append(": ").append(Fragments.link(facts, o.answer()))
                        .append("</td></tr>\n");
            }
        }
        if (rows.length() == 0) {
            return Fragments.none("No two current positions on this question exclude each other.");
        }
        return "<table class=\"conflicts\"><thead><tr><th scope=\"col\">Position</th><th scope=\"col\">conflicts with</th>"
                + "</tr></thead><tbody>\n" + rows + "</tbody></table>\n";
    }
}
