package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.web.Responses;

/** {@code /queries}: the catalogue page. */
final class CatalogueServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final String page;

    CatalogueServlet(QueryCatalogue catalogue) {
        this.page = CataloguePage.render(catalogue.list());
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Responses.html(response, page);
    }
}
