package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.CatalogueNames;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.server.web.Responses;

/** {@code /conflicts}: the graph of holders joined where they disagree (SVG drawn here), and the pairs as a table. */
final class ConflictsServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient DatasetGraph served;
    private final transient QueryTarget target;

    ConflictsServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        QueryResult conflicts = QueryRunner.run(target, catalogue.get(CatalogueNames.CONFLICTS), Map.of());
        Responses.html(response, ConflictsPage.render(conflicts, new LabelLookup(served)));
    }
}
