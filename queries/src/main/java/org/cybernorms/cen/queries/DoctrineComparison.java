package org.cybernorms.cen.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.ErrorName;

/**
 * States' doctrines side by side: one row per legal question on which at least one of the
 * States has a current position, one column per State (in the order asked), each cell the
 * answers the State currently gives (with the date it gave each, where known, and whether
 * the answer is only reported), and a verdict per row. Built from the catalogue's
 * {@code compare-states} query, which decides the verdicts and leaves superseded positions
 * out; text and HTML views render this same object. Real States are compared with real
 * States, hypothetical (scenario) States with hypothetical ones, never the two together.
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

    /**
     * One answer of one State: the answer, the position that gives it, the date the State
     * stated it (null when the source gives none), and whether it is only reported (no cited
     * source was issued by the State itself).
     */
    public record Cell(Node answer, Node position, Node date, boolean reported) {}

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
     * @throws QueryParameterException naming {@code states} when a value is bad, fewer
     *     than two different States are given, or real States (ISO codes) are mixed with
     *     hypothetical ones (slugs): a scenario position is never compared with a real
     *     State's
     */
    public static DoctrineComparison compare(QueryCatalogue catalogue, QueryTarget target, List<String> states) {
        Query bound = QueryRunner.bind(catalogue.get(QUERY), Map.of("states", String.join(",", states)));
        List<Node> order = new ArrayList<>();
        for (String state : states) {
            Node node = ParamType.STATE.parse(state);
            if (!order.contains(node)) {
                order.add(node);
            }
        }
        long real = order.stream().filter(DoctrineComparison::isRealStateIri).count();
        if (real > 0 && real < order.size()) {
            throw new QueryParameterException(ErrorName.BAD_PARAMETER, "states", "real States (ISO codes) and "
                    + "hypothetical States of scenarios (slugs) are never compared: compare each kind apart");
        }
        return of(order, target.select(bound));
    }

    /** Whether the IRI is a real State's, {@code …/id/state/} and an ISO 3166-1 alpha-3 code. */
    static boolean isRealStateIri(Node state) {
        return state.isURI() && REAL_STATE.matcher(state.getURI()).matches();
    }

    private static final Pattern REAL_STATE = Pattern.compile(Pattern.quote(CEN.ID + "state/") + "[A-Z]{3}");

    /**
     * Pivots the rows of {@code compare-states} (question, questionLabel, state, answer,
     * position, verdict, date, reported).
     */
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
                Node reported = result.get(i, "reported");
                questionCells.get(column).add(new Cell(answer, result.get(i, "position"), result.get(i, "date"),
                        reported != null && reported.isLiteral() && "true".equals(reported.getLiteralLexicalForm())));
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
