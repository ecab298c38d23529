package org.cybernorms.cen.server.search;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.server.web.Negotiation;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /search?q=}: the things whose labels, quotes, qualifications or norm texts match,
 * as a page grouped by kind or as JSON. Without {@code q} a browser gets the empty form;
 * an empty, overlong or malformed query is 400, a search past the time limit 503.
 */
final class SearchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SearchServlet.class);

    static final Negotiation<String> NEGOTIATION = new Negotiation<>(List.of(Offer.html(),
            Offer.of("json", "application/json", "json")));

    private final transient DatasetGraph served;

    SearchServlet(DatasetGraph served) {
        this.served = served;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Offer<String>> offer = NEGOTIATION.negotiate(request, response);
        if (offer.isEmpty()) {
            return;
        }
        boolean html = offer.get().isHtml();
        String q = request.getParameter("q");
        if (q == null && html) {
            Responses.html(response, SearchPage.render(null, List.of()));
            return;
        }
        try {
            SearchQuery query = SearchQuery.parse(q);
            List<SearchHit> hits = Search.find(served, query);
            if (html) {
                Responses.html(response, SearchPage.render(query.text(), hits));
            } else {
                Responses.text(response, HttpServletResponse.SC_OK, "application/json",
                        SearchJson.of(query.text(), hits).toString());
            }
        } catch (SearchQuery.BadQueryException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), html);
        } catch (QueryCancelledException e) {
            Responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The search ran past the server's time limit and was stopped.", html);
        } catch (RuntimeException e) {
            LOG.error("{} failed", request.getRequestURI(), e);
            Responses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Internal error; the server's log has the details.", html);
        }
    }
}
