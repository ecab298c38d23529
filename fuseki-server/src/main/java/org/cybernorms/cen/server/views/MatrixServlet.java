package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.web.Responses;

/** {@code /matrix}: the doctrine matrix, States by questions, as an SVG heat map drawn here. */
final class MatrixServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient DatasetGraph served;
    private final transient QueryTarget target;

    MatrixServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryResult matrix = QueryRunner.run(target, catalogue.get(CatalogueNames.DOCTRINE_MATRIX), Map.of());
        Set<Node> conflicting = conflictingPositions(
                QueryRunner.run(target, catalogue.get(CatalogueNames.CONFLICTS), Map.of()));
        LabelLookup labels = new LabelLookup(served);
        Responses.html(response, MatrixPage.render(MatrixSvg.draw(matrix, conflicting, labels), labels));
    }

    /** Every position that conflicts with another, from the rows of the {@code conflicts} query. */
    static Set<Node> conflictingPositions(QueryResult conflicts) {
        Set<Node> positions = new HashSet<>();
        for (int i = 0; i < conflicts.rows().size(); i++) {
            positions.add(conflicts.get(i, "position1"));
            positions.add(conflicts.get(i, "position2"));
        }
        return positions;
    }
}
