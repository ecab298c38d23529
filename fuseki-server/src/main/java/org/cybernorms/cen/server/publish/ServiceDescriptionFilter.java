package org.cybernorms.cen.server.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a GET (or HEAD) on a query endpoint that carries no {@code query} parameter with
 * the SPARQL 1.1 Service Description, as the Service Description recommendation asks;
 * every other request (any query, any POST) passes to Fuseki untouched. Fuseki 5.6 itself
 * answers such a GET with 404 and the text "Service Description: /cen/sparql".
 */
final class ServiceDescriptionFilter implements Filter {

    private final Publishing publishing;
    private final boolean federated;

    ServiceDescriptionFilter(Publishing publishing, boolean federated) {
        this.publishing = publishing;
        this.federated = federated;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && resp instanceof HttpServletResponse response
                && isDescriptionRequest(request)) {
            String base = Descriptions.base(request);
            String endpoint = base + request.getRequestURI().substring(request.getContextPath().length() + 1);
            Descriptions.answer(request, response,
                    ServiceDescription.build(publishing.statistics(), endpoint, base, federated));
            return;
        }
        chain.doFilter(req, resp);
    }

    /** A GET or HEAD with no query string parameter {@code query}. */
    static boolean isDescriptionRequest(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String queryString = request.getQueryString();
        return queryString == null || request.getParameter("query") == null;
    }
}
