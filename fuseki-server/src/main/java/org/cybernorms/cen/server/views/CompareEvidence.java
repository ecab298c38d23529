package org.cybernorms.cen.server.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.queries.DoctrineComparison;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;

/**
 * What the comparison page shows behind each cell: the quotes and sources of every position
 * in it (the catalogue's {@code provenance} query), and which positions conflict with
 * another compared State's (the {@code conflicts} query).
 *
 * @param quotes per position, its citations in source order
 * @param conflicting the positions that conflict with a position of another compared State
 */
record CompareEvidence(Map<Node, List<Quote>> quotes, Set<Node> conflicting) {

    /** One citation: the quote, the source with its title, the locator; any may be null. */
    record Quote(String quote, Node source, String title, String locator) {}

    static CompareEvidence gather(QueryCatalogue catalogue, QueryTarget target, DoctrineComparison comparison) {
        Map<Node, Node> holderOf = new LinkedHashMap<>();
        for (DoctrineComparison.Row row : comparison.rows()) {
            for (int column = 0; column < row.cells().size(); column++) {
                for (DoctrineComparison.Cell cell : row.cells().get(column)) {
                    if (cell.position() != null) {
                        holderOf.put(cell.position(), comparison.states().get(column));
                    }
                }
            }
        }
        Map<Node, List<Quote>> quotes = new LinkedHashMap<>();
        for (Node position : holderOf.keySet()) {
            QueryResult rows = QueryRunner.run(target, catalogue.get(CatalogueNames.PROVENANCE), Map.of("resource", position.getURI()));
            List<Quote> list = new ArrayList<>();
            for (int i = 0; i < rows.rows().size(); i++) {
                list.add(new Quote(text(rows.get(i, "quote")), rows.get(i, "source"), text(rows.get(i, "title")),
                        text(rows.get(i, "locator"))));
            }
            quotes.put(position, list);
        }
        Set<Node> conflicting = new HashSet<>();
        QueryResult pairs = QueryRunner.run(target, catalogue.get(CatalogueNames.CONFLICTS), Map.of());
        for (int i = 0; i < pairs.rows().size(); i++) {
            Node one = pairs.get(i, "position1");
            Node other = pairs.get(i, "position2");
            if (holderOf.containsKey(one) && holderOf.containsKey(other) && !holderOf.get(one).equals(holderOf.get(other))) {
                conflicting.add(one);
                conflicting.add(other);
            }
        }
        return new CompareEvidence(quotes, conflicting);
    }

    private static String text(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
