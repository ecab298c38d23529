package org.cybernorms.cen.server.fuseki;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.cybernorms.cen.server.web.Responses;

/**
 * Serves the Fuseki UI under {@code /sparql-editor/}. The UI's files come from the class
 * path ({@code webapp/} of jena-fuseki-ui). The UI sends its API calls ({@code $/server},
 * {@code cen/sparql}...) relative to the page's own path, so a call under
 * {@code /sparql-editor/} to {@code $/...} or {@code cen/...} is redirected, 307 (method and
 * body kept), to the same path at the root, where Fuseki answers it; anything else is 404.
 */
final class UiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BASE = "webapp/";
    /** The UI's calls: Fuseki's admin API ({@code $/server}, {@code $/datasets}...) and the served dataset's endpoints. */
    private static final java.util.regex.Pattern API = java.util.regex.Pattern.compile("/(\\$|cen)(/[A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ico", "image/x-icon");

    static boolean available() {
        return UiServlet.class.getClassLoader().getResource(BASE + "index.html") != null;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(FusekiUiModule.PATH);
            return;
        }
        String file = path.equals("/") ? "index.html" : path.substring(1);
        boolean own = file.equals("index.html") || file.equals("favicon.ico")
                || (file.startsWith("static/") && file.substring("static/".length()).matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+"));
        if (own && "GET".equals(request.getMethod())) {
            try (InputStream in = UiServlet.class.getClassLoader().getResourceAsStream(BASE + file)) {
                if (in != null) {
                    String type = TYPES.getOrDefault(file.substring(file.lastIndexOf('.') + 1), "application/octet-stream");
                    Responses.send(response, HttpServletResponse.SC_OK, type, in.readAllBytes());
                    return;
                }
            }
        }
        if (own || !API.matcher(path).matches() || path.contains("..")) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "No such file of the SPARQL editor.",
                    Responses.wantsHtml(request));
            return;
        }
        String query = request.getQueryString();
        response.setStatus(307);
        response.setHeader("Location", path + (query == null ? "" : "?" + query));
    }
}
