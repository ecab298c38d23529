package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cybernorms.cen.queries.QueryCatalogue;

/** {@code /queries}: the catalogue page. */
public final class CatalogueServlet extends ViewServlet {

    private static final long serialVersionUID = 1L;

    private final String page;

    public CatalogueServlet(QueryCatalogue catalogue) {
        this.page = CataloguePage.render(catalogue.list());
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ViewResponses.html(response, page);
    }
}
