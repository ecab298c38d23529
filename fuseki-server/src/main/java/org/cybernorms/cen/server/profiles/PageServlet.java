package org.cybernorms.cen.server.profiles;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.cybernorms.cen.server.web.Responses;

/**
 * A page that depends on the served dataset only: rendered on the first GET and kept, since
 * the served data do not change while the server runs. A plain GET servlet, so a filter can
 * wrap it (caching headers).
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Supplier<String> render;
    private transient volatile String page;

    PageServlet(Supplier<String> render) {
        this.render = render;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String html = page;
        if (html == null) {
            synchronized (this) {
                if (page == null) {
                    page = render.get();
                }
                html = page;
            }
        }
        Responses.html(response, html);
    }
}
