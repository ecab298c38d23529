package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
import org.cybernorms.cen.queries.ResultFormat;
import org.cybernorms.cen.queries.ResultWriter;
import org.cybernorms.cen.server.web.Negotiation;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;

/**
 * {@code /queries/NAME?k=v}: runs one catalogue query on the served dataset and answers with
 * a page, CSV, TSV, SPARQL JSON or a text table ({@code ?format=} or Accept). 404 for an
 * unknown query, 400 naming a bad parameter (an unknown {@code ?format=} among them), 406
 * for an Accept header it cannot meet, 503 past the time limit.
 */
final class QueryServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    /** The page first: a client that does not say what it accepts gets it. */
    static final Negotiation<ResultFormat> NEGOTIATION = new Negotiation<>(List.of(Offer.html(),
            offer(ResultFormat.JSON), offer(ResultFormat.CSV), offer(ResultFormat.TSV), offer(ResultFormat.TABLE)));

    private final transient QueryCatalogue catalogue;
    private final transient QueryTarget target;

    QueryServlet(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.target = ServedTarget.of(served);
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        CatalogueQuery query = catalogue.get(name);
        Optional<Offer<ResultFormat>> representation = NEGOTIATION.negotiate(request, response);
        if (representation.isEmpty()) {
            return;
        }
        Map<String, String> params = RequestParams.of(request, Set.of(Negotiation.FORMAT));
        Query bound = QueryRunner.bind(query, params);
        QueryResult result = target.select(bound);
        Offer<ResultFormat> chosen = representation.get();
        if (chosen.isHtml()) {
            Responses.html(response, ResultPage.render(query, params, bound, result));
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ResultWriter.write(result, chosen.value(), bytes);
            Responses.send(response, HttpServletResponse.SC_OK, chosen.mediaType() + "; charset=utf-8",
                    bytes.toByteArray());
        }
    }

    /** A result format by its media type and by its name in lower case ({@code csv}). */
    private static Offer<ResultFormat> offer(ResultFormat format) {
        return Offer.of(format, format.mediaType(), format.name().toLowerCase(Locale.ROOT));
    }
}
