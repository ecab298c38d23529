package org.cybernorms.cen.server.profiles;

import java.util.List;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Layout;

/**
 * The lists the home page links to, each a table of links to profiles: the States (and
 * the other holders of positions), the legal questions, the norms, and the cases
 * (operations and responses). Rendered inside a read transaction.
 */
final class ListPages {

    /** The lists, by the path they are served at. */
    enum Kind {
        STATES("/states", "States and other holders"),
        QUESTIONS("/questions", "Legal questions"),
        NORMS("/norms", "Norms"),
        CASES("/cases", "Cases: operations and responses");

        final String path;
        final String title;

        Kind(String path, String title) {
            this.path = path;
            this.title = title;
        }
    }

    private ListPages() {}

    static String render(Facts facts, Kind kind) {
        String body = switch (kind) {
            case STATES -> states(facts);
            case QUESTIONS -> questions(facts);
            case NORMS -> norms(facts);
            case CASES -> cases(facts);
        };
        return Layout.page(kind.title, "<h1>" + Fragments.text(kind.title) + "</h1>\n" + body);
    }

    private static String states(Facts facts) {
        List<Node> states = facts.instances(CEN.State);
        StringBuilder out = new StringBuilder("<p>").append(states.size())
                .append(" States. Each page shows the State's positions, agreements and conflicts, the operations "
                        + "attributed or alleged to it, its responses and the norms it endorsed.</p>\n")
                .append("<table class=\"list\"><thead><tr><th scope=\"col\">State</th><th scope=\"col\">ISO</th>"
                        + "<th scope=\"col\">Positions</th><th scope=\"col\">Operations attributed or alleged</th>"
                        + "<th scope=\"col\">Norms endorsed</th></tr></thead><tbody>\n");
        for (Node s : states) {
            out.append("<tr><td>").append(Fragments.link(facts, s)).append("</td><td>")
                    .append(Fragments.text(facts.text(s, CEN.isoCode))).append("</td><td>")
                    .append(currentPositions(facts, s)).append("</td><td>")
                    .append(attributed(facts, s)).append("</td><td>")
                    .append(facts.objects(s, CEN.endorses).size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        List<Node> others = facts.sortedByLabel(facts.subjects(CEN.heldBy, Node.ANY).stream()
                .map(p -> facts.object(p, CEN.heldBy)).filter(h -> h != null && !facts.isA(h, CEN.State)).toList());
        if (!others.isEmpty()) {
            out.append("<h2>Other holders of positions</h2>\n<table class=\"list\"><thead><tr><th scope=\"col\">Holder</th>"
                    + "<th scope=\"col\">Positions</th></tr></thead><tbody>\n");
            for (Node h : others) {
                out.append("<tr><td>").append(Fragments.link(facts, h)).append("</td><td>")
                        .append(currentPositions(facts, h)).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return out.toString();
    }

    private static long currentPositions(Facts facts, Node holder) {
        return facts.subjects(CEN.heldBy, holder).stream()
                .filter(p -> facts.isA(p, CEN.Position) && facts.subjects(CEN.supersedes, p).isEmpty()).count();
    }

    private static int attributed(Facts facts, Node state) {
        java.util.Set<Node> ops = new java.util.HashSet<>(facts.subjects(CEN.attributableTo, state));
        ops.addAll(facts.subjects(CEN.allegedlyAttributableTo, state));
        return ops.size();
    }

    private static String questions(Facts facts) {
        List<Node> questions = facts.instances(CEN.LegalQuestion);
        StringBuilder out = new StringBuilder("<p>").append(questions.size())
                .append(" questions. Each page maps the States' answers and lists every holder's answer with its quote.</p>\n")
                .append("<table class=\"list\"><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Answers</th>"
                        + "<th scope=\"col\">Positions</th><th scope=\"col\">Conflicting pairs</th></tr></thead><tbody>\n");
        for (Node q : questions) {
            List<PositionView> positions = PositionView.onQuestion(facts, q);
            long conflicts = positions.stream().filter(PositionView::current)
                    .mapToLong(p -> facts.objects(p.position(), CEN.conflictsWith).size()).sum() / 2;
            out.append("<tr><td>").append(Fragments.link(facts, q)).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(q, CEN.hasAnswer))).append("</td><td>")
                    .append(positions.size()).append("</td><td>").append(conflicts).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String norms(Facts facts) {
        List<Node> norms = facts.instances(CEN.Norm);
        StringBuilder out = new StringBuilder("<p>").append(norms.size())
                .append(" norms: legal rules, expert restatements, voluntary norms, pledges and proposals.</p>\n")
                .append("<table class=\"list\"><thead><tr><th scope=\"col\">Norm</th><th scope=\"col\">Kind</th>"
                        + "<th scope=\"col\">Stated in</th><th scope=\"col\">Endorsers</th>"
                        + "<th scope=\"col\">Assessments</th></tr></thead><tbody>\n");
        for (Node n : norms) {
            out.append("<tr><td>").append(Fragments.link(facts, n)).append("</td><td>")
                    .append(Fragments.links(facts, facts.cenTypes(n))).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(n, CEN.statedIn))).append("</td><td>")
                    .append(facts.subjects(CEN.endorses, n).size()).append("</td><td>")
                    .append(facts.subjects(CEN.assessedNorm, n).size()).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    private static String cases(Facts facts) {
        List<Node> operations = facts.instances(CEN.CyberOperation);
        StringBuilder out = new StringBuilder("<h2>Operations</h2>\n<p>").append(operations.size())
                .append(" operations, with the attribution claims and the assessments against norms.</p>\n")
                .append("<table class=\"list\"><thead><tr><th scope=\"col\">Operation</th><th scope=\"col\">Affects</th>"
                        + "<th scope=\"col\">Claims</th><th scope=\"col\">Attributable (official) to</th>"
                        + "<th scope=\"col\">Assessments</th></tr></thead><tbody>\n");
        for (Node o : operations) {
            out.append("<tr><td>").append(Fragments.link(facts, o)).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(o, CEN.affects))).append("</td><td>")
                    .append(facts.subjects(CEN.attributedOperation, o).size()).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(o, CEN.attributableTo))).append("</td><td>")
                    .append(facts.subjects(CEN.assessedOperation, o).size()).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        List<Node> responses = facts.instances(CEN.Response);
        out.append("<h2>Responses</h2>\n<p>").append(responses.size())
                .append(" responses, with the verdicts under each State's doctrine.</p>\n")
                .append("<table class=\"list\"><thead><tr><th scope=\"col\">Response</th><th scope=\"col\">Taken by</th>"
                        + "<th scope=\"col\">Directed at</th><th scope=\"col\">Verdicts</th></tr></thead><tbody>\n");
        for (Node r : responses) {
            out.append("<tr><td>").append(Fragments.link(facts, r)).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(r, CEN.takenBy))).append("</td><td>")
                    .append(Fragments.links(facts, facts.objects(r, CEN.directedAt))).append("</td><td>")
                    .append(facts.subjects(CEN.verdictOn, r).size()).append("</td></tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }
}
