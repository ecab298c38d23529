package org.cybernorms.cen.server.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Links;

/**
 * The holders of conflicting positions as an SVG graph: States (blue) and other holders
 * (grey) on a circle in IRI order, joined by a line where they disagree, the line labelled
 * with the questions they disagree on. Deterministic: the same rows give the same drawing.
 * Drawn from the rows of the catalogue's {@code conflicts} query.
 */
final class ConflictGraphSvg {

    static final double WIDTH = 1100;
    static final double HEIGHT = 720;
    static final double RADIUS = 270;

    private ConflictGraphSvg() {}

    static String draw(QueryResult conflicts, LabelLookup labels) {
        TreeSet<String> holders = new TreeSet<>();
        Map<List<String>, TreeSet<String>> questionsOfPair = new LinkedHashMap<>();
        for (int i = 0; i < conflicts.rows().size(); i++) {
            String one = conflicts.get(i, "holder1").getURI();
            String other = conflicts.get(i, "holder2").getURI();
            holders.add(one);
            holders.add(other);
            List<String> pair = one.compareTo(other) < 0 ? List.of(one, other) : List.of(other, one);
            questionsOfPair.computeIfAbsent(pair, p -> new TreeSet<>()).add(conflicts.get(i, "question").getURI());
        }
        List<String> nodes = new ArrayList<>(holders);
        double cx = WIDTH / 2;
        double cy = HEIGHT / 2;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
            at.put(nodes.get(i), new double[] {cx + RADIUS * Math.cos(angle), cy + RADIUS * Math.sin(angle), angle});
        }
        StringBuilder svg = new StringBuilder(Svg.open(WIDTH, HEIGHT, "conflicts",
                "Holders joined where their positions conflict: " + nodes.size() + " holders, " + questionsOfPair.size()
                        + " pairs"));
        questionsOfPair.forEach((pair, questions) -> svg.append(edge(at.get(pair.get(0)), at.get(pair.get(1)), pair,
                questions, labels)));
        for (String holder : nodes) {
            svg.append(node(holder, at.get(holder), labels));
        }
        return svg.append("</svg>").toString();
    }

    private static String edge(double[] a, double[] b, List<String> pair, TreeSet<String> questions, LabelLookup labels) {
        StringBuilder g = new StringBuilder("<g class=\"edge\" data-holders=\"").append(Html.escape(pair.get(0) + " " + pair.get(1)))
                .append("\"><line x1=\"").append(Svg.num(a[0])).append("\" y1=\"").append(Svg.num(a[1])).append("\" x2=\"")
                .append(Svg.num(b[0])).append("\" y2=\"").append(Svg.num(b[1]))
                .append("\" stroke=\"#c00000\" stroke-opacity=\"0.55\" stroke-width=\"").append(Svg.num(1 + questions.size()))
                .append("\"/>");
        double mx = (a[0] + b[0]) / 2;
        double my = (a[1] + b[1]) / 2 - 6 * (questions.size() - 1);
        int line = 0;
        for (String question : questions) {
            String slug = CenNames.lastSegment(question);
            String label = labels.apply(org.apache.jena.graph.NodeFactory.createURI(question));
            g.append(Svg.link(Links.href(question), "<text class=\"question\" x=\"" + Svg.num(mx) + "\" y=\""
                    + Svg.num(my + 12 * line++) + "\" text-anchor=\"middle\" font-size=\"10\" fill=\"#7a0000\" "
                    + "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">" + Html.escape(slug)
                    + Svg.title(label != null ? label : slug) + "</text>"));
        }
        return g.append("</g>").toString();
    }

    private static String node(String holder, double[] p, LabelLookup labels) {
        boolean state = holder.startsWith(CEN.ID + "state/");
        String name = labels.orShort(org.apache.jena.graph.NodeFactory.createURI(holder));
        double cos = Math.cos(p[2]);
        double lx = p[0] + 14 * cos;
        double ly = p[1] + 14 * Math.sin(p[2]) + 4;
        String anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
        return Svg.link(Links.href(holder), "<g class=\"holder" + (state ? " state" : "") + "\" data-holder=\""
                + Html.escape(holder) + "\"><circle cx=\"" + Svg.num(p[0]) + "\" cy=\"" + Svg.num(p[1]) + "\" r=\"9\" fill=\""
                + (state ? "#0072B2" : "#999999") + "\"/><text x=\"" + Svg.num(lx) + "\" y=\"" + Svg.num(ly)
                + "\" text-anchor=\"" + anchor + "\">" + Html.escape(Svg.shorten(name, 40)) + "</text>" + Svg.title(name + " (" + holder + ")")
                + "</g>");
    }
}
