package org.cybernorms.cen.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.server.web.Html;
import org.cybernorms.cen.server.web.Links;

/**
 * The doctrine matrix as an SVG heat map: a row per State, a column per question, each
 * cell coloured by the State's answer (one colour per answer of a question, so a column of
 * one colour is agreement) and outlined in red where the position conflicts with another
 * holder's; every cell links to its position, every heading to its page. Drawn from the
 * rows of the catalogue's {@code doctrine-matrix} query.
 */
final class MatrixSvg {

    static final double CELL_W = 30;
    static final double CELL_H = 24;
    static final double LEFT = 200;
    static final double TOP = 250;
    /** Room for the slanted question names that lean right of the last column. */
    static final double RIGHT = 150;

    /** The drawing and the colour of each answer, for the legend. */
    record Drawing(String svg, Map<Node, List<Node>> answersByQuestion, Map<Node, String> colourOf) {}

    private MatrixSvg() {}

    static Drawing draw(QueryResult matrix, Set<Node> conflicting, LabelLookup labels) {
        Comparator<Node> byLabel = Comparator.comparing((Node n) -> labels.orShort(n)).thenComparing(Node::getURI);
        TreeSet<Node> states = new TreeSet<>(byLabel);
        TreeSet<Node> questions = new TreeSet<>(Comparator.comparing(Node::getURI));
        Map<Node, TreeSet<Node>> answers = new LinkedHashMap<>();
        Map<List<Node>, List<Node[]>> cells = new LinkedHashMap<>();
        for (int i = 0; i < matrix.rows().size(); i++) {
            Node state = matrix.get(i, "state");
            Node question = matrix.get(i, "question");
            Node answer = matrix.get(i, "answer");
            states.add(state);
            questions.add(question);
            answers.computeIfAbsent(question, q -> new TreeSet<>(Comparator.comparing(Node::getURI))).add(answer);
            cells.computeIfAbsent(List.of(state, question), k -> new ArrayList<>())
                    .add(new Node[] {answer, matrix.get(i, "position")});
        }
        Map<Node, String> colourOf = new LinkedHashMap<>();
        Map<Node, List<Node>> answersByQuestion = new LinkedHashMap<>();
        for (Node question : questions) {
            List<Node> list = new ArrayList<>(answers.get(question));
            answersByQuestion.put(question, list);
            for (int i = 0; i < list.size(); i++) {
                colourOf.put(list.get(i), Svg.PALETTE[i % Svg.PALETTE.length]);
            }
        }
        List<Node> rows = new ArrayList<>(states);
        List<Node> columns = new ArrayList<>(questions);
        double width = LEFT + columns.size() * CELL_W + RIGHT;
        double height = TOP + rows.size() * CELL_H + 10;
        StringBuilder svg = new StringBuilder(Svg.open(width, height, "matrix", "Doctrine matrix: "
                + rows.size() + " States by " + columns.size() + " questions"));
        for (int c = 0; c < columns.size(); c++) {
            Node q = columns.get(c);
            double x = LEFT + c * CELL_W + CELL_W / 2;
            svg.append(Svg.link(Links.href(q.getURI()), "<text class=\"question\" transform=\"translate(" + Svg.num(x) + ","
                    + Svg.num(TOP - 6) + ") rotate(-60)\">" + Html.escape(slug(q)) + Svg.title(labelOrSlug(q, labels))
                    + "</text>"));
        }
        for (int r = 0; r < rows.size(); r++) {
            Node state = rows.get(r);
            double y = TOP + r * CELL_H;
            svg.append(Svg.link(Links.href(state.getURI()), "<text class=\"state\" x=\"" + Svg.num(LEFT - 8) + "\" y=\""
                    + Svg.num(y + CELL_H * 0.68) + "\" text-anchor=\"end\">" + Html.escape(Svg.shorten(labels.orShort(state), 26)) + "</text>"));
            for (int c = 0; c < columns.size(); c++) {
                double x = LEFT + c * CELL_W;
                List<Node[]> here = cells.getOrDefault(List.of(state, columns.get(c)), List.of());
                if (here.isEmpty()) {
                    svg.append("<rect class=\"empty\" x=\"").append(Svg.num(x + 1)).append("\" y=\"").append(Svg.num(y + 1))
                            .append("\" width=\"").append(Svg.num(CELL_W - 2)).append("\" height=\"").append(Svg.num(CELL_H - 2))
                            .append("\" fill=\"#f2f2f2\"/>");
                }
                double stripe = (CELL_W - 2) / Math.max(1, here.size());
                for (int k = 0; k < here.size(); k++) {
                    svg.append(cell(state, columns.get(c), here.get(k), x + 1 + k * stripe, y + 1, stripe, colourOf,
                            conflicting, labels));
                }
            }
        }
        return new Drawing(svg.append("</svg>").toString(), answersByQuestion, colourOf);
    }

    private static String cell(Node state, Node question, Node[] answerAndPosition, double x, double y, double w,
            Map<Node, String> colourOf, Set<Node> conflicting, LabelLookup labels) {
        Node answer = answerAndPosition[0];
        Node position = answerAndPosition[1];
        boolean conflict = conflicting.contains(position);
        String rect = "<rect class=\"cell" + (conflict ? " conflict" : "") + "\" data-position=\""
                + Html.escape(position.getURI()) + "\" x=\"" + Svg.num(x) + "\" y=\"" + Svg.num(y) + "\" width=\""
                + Svg.num(w - (conflict ? 1 : 0)) + "\" height=\"" + Svg.num(CELL_H - 2 - (conflict ? 1 : 0)) + "\" fill=\""
                + colourOf.get(answer) + "\"" + (conflict ? " stroke=\"#c00000\" stroke-width=\"2.5\"" : "") + ">"
                + Svg.title(labels.orShort(state) + " on " + slug(question) + ": " + labelOrSlug(answer, labels)
                        + (conflict ? " (conflicts with another holder's position)" : "")) + "</rect>";
        return Svg.link(Links.href(position.getURI()), rect);
    }

    /** The last segment of an IRI: the slug of a question or an answer. */
    static String slug(Node node) {
        return CenNames.lastSegment(node.getURI());
    }

    private static String labelOrSlug(Node node, LabelLookup labels) {
        String label = labels.apply(node);
        return label != null ? label : slug(node);
    }
}
