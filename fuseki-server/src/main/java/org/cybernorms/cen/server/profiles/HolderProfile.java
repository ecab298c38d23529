package org.cybernorms.cen.server.profiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;

/**
 * The profile of a State, or of any holder of positions: its positions by question (answer,
 * date, quote, and whether the source is its own document or a report), the positions it
 * no longer holds in a timeline, with whom it agrees and conflicts question by question,
 * the operations attributed or alleged to it and by whom, the responses it took with their
 * verdicts, and the norms it endorsed.
 */
final class HolderProfile {

    private HolderProfile() {}

    static boolean applies(Facts facts, Node node) {
        return facts.isA(node, CEN.State) || !facts.subjects(CEN.heldBy, node).isEmpty();
    }

    static String render(Facts facts, Node holder) {
        List<PositionView> positions = PositionView.heldBy(facts, holder);
        StringBuilder out = new StringBuilder();
        String iso = facts.text(holder, CEN.isoCode);
        if (iso != null) {
            out.append("<p class=\"kind\">State · ISO 3166-1 alpha-3 <code>").append(Fragments.text(iso))
                    .append("</code></p>\n");
        }
        out.append(Fragments.section("positions", "Positions by question", positionsTable(facts, holder, positions)));
        out.append(Fragments.section("timeline", "Superseded positions", timeline(facts, positions)));
        out.append(Fragments.section("agreements", "Agreements and conflicts", agreements(facts, positions)));
        out.append(Fragments.section("operations", "Operations attributed or alleged to it", operations(facts, holder)));
        out.append(Fragments.section("responses", "Responses it took", responses(facts, holder)));
        out.append(Fragments.section("norms", "Norms it endorsed", endorsed(facts, holder)));
        return out.toString();
    }

    private static List<PositionView> byQuestion(Facts facts, List<PositionView> positions) {
        List<PositionView> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.comparing((PositionView p) -> facts.label(p.question()).toLowerCase(java.util.Locale.ROOT))
                .thenComparing(PositionView.BY_DATE));
        return sorted;
    }

    private static String positionsTable(Facts facts, Node holder, List<PositionView> positions) {
        List<PositionView> current = byQuestion(facts, positions.stream().filter(PositionView::current).toList());
        if (current.isEmpty()) {
            return Fragments.none("No position of this holder is recorded.");
        }
        StringBuilder out = new StringBuilder("<table class=\"positions\"><thead><tr><th scope=\"col\">Question</th>"
                + "<th scope=\"col\">Answer</th><th scope=\"col\">Date</th><th scope=\"col\">Quote and source</th></tr></thead><tbody>\n");
        for (PositionView p : current) {
            out.append("<tr><td>").append(Fragments.link(facts, p.question())).append("</td><td>")
                    .append(Fragments.link(facts, p.answer())).append("<br><small>")
                    .append(Fragments.link(facts, p.position())).append("</small></td><td>")
                    .append(p.date() == null ? "<small>not stated</small>" : Fragments.text(p.date())).append("</td><td>");
            if (p.qualification() != null) {
                out.append("<p class=\"qualification\">").append(Fragments.text(p.qualification())).append("</p>");
            }
            out.append(Fragments.quotes(facts, p.quotes(), holder)).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String timeline(Facts facts, List<PositionView> positions) {
        List<PositionView> changed = positions.stream().filter(p -> !p.current() || !p.supersedes().isEmpty())
                .sorted(PositionView.BY_DATE).toList();
        if (changed.isEmpty()) {
            return Fragments.none("None: no position of this holder replaces an earlier one.");
        }
        StringBuilder out = new StringBuilder("<ol class=\"timeline\">\n");
        for (PositionView p : changed) {
            out.append("<li><span class=\"date\">").append(p.date() == null ? "undated" : Fragments.text(p.date()))
                    .append("</span> ").append(Fragments.link(facts, p.question())).append(": ")
                    .append(Fragments.link(facts, p.answer()));
            if (!p.current()) {
                out.append(" <em>superseded by</em> ").append(Fragments.links(facts, p.supersededBy()));
            } else {
                out.append(" <em>(current)</em>");
            }
            out.append(" <small>").append(Fragments.link(facts, p.position())).append("</small></li>\n");
        }
        return out.append("</ol>\n").toString();
    }

    private static String agreements(Facts facts, List<PositionView> positions) {
        StringBuilder rows = new StringBuilder();
        for (PositionView p : byQuestion(facts, positions.stream().filter(PositionView::current).toList())) {
            Set<Node> agree = holders(facts, facts.objects(p.position(), CEN.agreesWith));
            Set<Node> conflict = holders(facts, facts.objects(p.position(), CEN.conflictsWith));
            if (agree.isEmpty() && conflict.isEmpty()) {
                continue;
            }
            rows.append("<tr><td>").append(Fragments.link(facts, p.question())).append("</td><td>")
                    .append(agree.isEmpty() ? "—" : Fragments.links(facts, agree)).append("</td><td>")
                    .append(conflict.isEmpty() ? "—" : Fragments.links(facts, conflict)).append("</td></tr>\n");
        }
        if (rows.length() == 0) {
            return Fragments.none("No other holder gives the same answer or an answer excluding this holder's on any question.");
        }
        return "<table class=\"agreements\"><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Agrees with</th>"
                + "<th scope=\"col\">Conflicts with</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n";
    }

    private static Set<Node> holders(Facts facts, List<Node> positions) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : positions) {
            Node h = facts.object(p, CEN.heldBy);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }

    private static String operations(Facts facts, Node holder) {
        Set<Node> ops = new LinkedHashSet<>(facts.subjects(CEN.attributableTo, holder));
        ops.addAll(facts.subjects(CEN.allegedlyAttributableTo, holder));
        if (ops.isEmpty()) {
            return Fragments.none("No operation is attributed or alleged to it.");
        }
        StringBuilder out = new StringBuilder("<table class=\"operations\"><thead><tr><th scope=\"col\">Operation</th>"
                + "<th scope=\"col\">Standing</th><th scope=\"col\">Claims (claimant, date, confidence)</th></tr></thead><tbody>\n");
        for (Node op : facts.sortedByLabel(ops)) {
            boolean official = facts.has(op, CEN.attributableTo, holder);
            out.append("<tr><td>").append(Fragments.link(facts, op)).append("</td><td>")
                    .append(official ? "attributable (official claim)" : "allegedly attributable").append("</td><td><ul>");
            for (Node claim : Claims.about(facts, op)) {
                if (Claims.pointsTo(facts, claim).contains(holder)) {
                    out.append("<li>").append(Claims.summary(facts, claim)).append("</li>");
                }
            }
            out.append("</ul></td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String responses(Facts facts, Node holder) {
        List<Node> taken = facts.sortedByLabel(facts.subjects(CEN.takenBy, holder));
        if (taken.isEmpty()) {
            return Fragments.none("No response taken by it is recorded.");
        }
        StringBuilder out = new StringBuilder("<table class=\"responses\"><thead><tr><th scope=\"col\">Response</th>"
                + "<th scope=\"col\">Directed at</th><th scope=\"col\">Verdicts</th></tr></thead><tbody>\n");
        for (Node r : taken) {
            out.append("<tr><td>").append(Fragments.link(facts, r)).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(r, CEN.directedAt))).append("</td><td>")
                    .append(Verdicts.summary(facts, r)).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String endorsed(Facts facts, Node holder) {
        List<Node> norms = facts.objects(holder, CEN.endorses);
        if (norms.isEmpty()) {
            return Fragments.none("No norm endorsed by it is recorded.");
        }
        StringBuilder out = new StringBuilder("<ul class=\"norms\">");
        TreeMap<String, Node> sorted = new TreeMap<>();
        norms.forEach(n -> sorted.put(facts.label(n) + n, n));
        sorted.values().forEach(n -> out.append("<li>").append(Fragments.link(facts, n)).append("</li>"));
        return out.append("</ul>\n").toString();
    }
}
