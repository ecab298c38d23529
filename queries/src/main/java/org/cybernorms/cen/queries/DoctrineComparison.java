package org.cybernorms.cen.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * States' doctrines side by side: one row per legal question on which at least one of the
 * States has a position, one column per State (in the order asked), each cell the answers
 * the State gives, and a verdict per row. Built from the catalogue's {@code compare-states}
 * query, which decides the verdicts; text and HTML views render this same object.
 */
public record DoctrineComparison(List<Node> states, List<Row> rows) {

    /** The name of the catalogue query this comparison is built from. */
    public static final String QUERY = "compare-states";

    /** How the compared States stand on one question. */
    public enum Verdict {
        /** Two of the States hold answers that exclude each other. */
        CONFLICT,
        /** No conflict, but at least one State has no recorded position. */
        SILENT,
        /** All hold the same answer. */
        AGREE,
        /** All have positions; the answers differ without excluding each other. */
        COMPATIBLE;

        /** The word the query uses, e.g. {@code conflict}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Verdict of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** One answer of one State: the answer and the position that gives it. */
    public record Cell(Node answer, Node position) {}

    /** One question: its label (may be null), the verdict, and per State (same order as {@link #states}) its cells. */
    public record Row(Node question, String questionLabel, Verdict verdict, List<List<Cell>> cells) {

        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }

    public DoctrineComparison {
        states = List.copyOf(states);
        rows = List.copyOf(rows);
    }

    /**
     * Compares the States ({@code DNK}, a hypothetical State's slug, or an IRI) on the target.
     *
     * @throws QueryParameterException naming {@code states} when a value is bad or fewer
     *     than two different States are given
     */
    public static DoctrineComparison compare(QueryCatalogue catalogue, QueryTarget target, List<String> states) {
        QueryResult result = QueryRunner.run(target, catalogue.get(QUERY), Map.of("states", String.join(",", states)));
        List<Node> order = new ArrayList<>();
        for (String state : states) {
            Node node = ParamType.STATE.parse(state);
            if (!order.contains(node)) {
                order.add(node);
            }
        }
        return of(order, result);
    }

    /** Pivots the rows of {@code compare-states} (question, questionLabel, state, answer, position, verdict). */
    public static DoctrineComparison of(List<Node> states, QueryResult result) {
        Map<Node, Row> rows = new LinkedHashMap<>();
        Map<Node, List<List<Cell>>> cells = new LinkedHashMap<>();
        for (int i = 0; i < result.rows().size(); i++) {
            Node question = result.get(i, "question");
            Node label = result.get(i, "questionLabel");
            Verdict verdict = Verdict.of(result.get(i, "verdict").getLiteralLexicalForm());
            rows.putIfAbsent(question, new Row(question, label == null ? null : label.getLiteralLexicalForm(),
                    verdict, List.of()));
            List<List<Cell>> questionCells = cells.computeIfAbsent(question, q -> emptyCells(states.size()));
            int column = states.indexOf(result.get(i, "state"));
            Node answer = result.get(i, "answer");
            if (column >= 0 && answer != null) {
                questionCells.get(column).add(new Cell(answer, result.get(i, "position")));
            }
        }
        return new DoctrineComparison(states, rows.values().stream()
                .map(r -> new Row(r.question(), r.questionLabel(), r.verdict(), cells.get(r.question()))).toList());
    }

    private static List<List<Cell>> emptyCells(int size) {
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            cells.add(new ArrayList<>());
        }
        return cells;
    }
}
