package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.CatalogueQuery;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.queries.QueryResult;
import org.cybernorms.cen.queries.QueryRunner;
import org.cybernorms.cen.queries.QueryTarget;
import org.cybernorms.cen.queries.ResultWriter;

/**
 * {@code /queries/NAME?k=v}: runs one catalogue query on the served dataset and answers with
 * a page, CSV, TSV, SPARQL JSON or a text table ({@code ?format=} or Accept). 404 for an
 * unknown query, 400 naming a bad parameter, 406 for an Accept header it cannot meet, 503
 * past the time limit.
 */
public final class QueryServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final transient QueryCatalogue catalogue;
    private final transient QueryTarget target;

    public QueryServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        CatalogueQuery query = catalogue.get(name);
        Optional<ResultRepresentation> representation =
                ResultRepresentation.choose(request.getParameter("format"), request.getHeader("Accept"));
        if (representation.isEmpty()) {
            ViewResponses.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable; query results are offered as " + ResultRepresentation.offered() + ".", false);
            return;
        }
        Map<String, String> params = RequestParams.of(request, Set.of("format"));
        Query bound = QueryRunner.bind(query, params);
        QueryResult result = target.select(bound);
        ResultRepresentation chosen = representation.get();
        if (chosen == ResultRepresentation.HTML) {
            ViewResponses.html(response, ResultPage.render(query, params, bound, result));
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ResultWriter.write(result, chosen.format, bytes);
            ViewResponses.body(response, HttpServletResponse.SC_OK, chosen.mediaType, bytes.toByteArray());
        }
    }
}
