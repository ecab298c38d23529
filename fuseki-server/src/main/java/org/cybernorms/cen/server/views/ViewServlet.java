package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.QueryCancelledException;
import org.cybernorms.cen.queries.QueryParameterException;
import org.cybernorms.cen.queries.UnknownQueryException;
import org.cybernorms.cen.server.web.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view's servlet: the subclass answers GET; this class turns the errors a reader can
 * cause into answers without a stack trace: an unknown query 404, a bad parameter 400
 * naming it, a query past the time limit 503.
 */
abstract class ViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ViewServlet.class);

    /** Answers the request; may throw the exceptions this class maps. */
    protected abstract void serve(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean html = Responses.wantsHtml(request);
        try {
            serve(request, response);
        } catch (UnknownQueryException e) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessage(), html);
        } catch (QueryParameterException e) {
            Responses.error(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), html);
        } catch (QueryCancelledException e) {
            Responses.error(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The query ran past the server's time limit and was stopped.", html);
        } catch (RuntimeException e) {
            LOG.error("{} failed", request.getRequestURI(), e);
            Responses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    "Internal error; the server's log has the details.", html);
        }
    }
}
