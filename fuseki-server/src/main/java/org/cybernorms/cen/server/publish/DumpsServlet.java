package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.cybernorms.cen.server.web.Responses;

/**
 * {@code /dumps/}: the index page, and each dump {@code /dumps/cen-kg-<graphs>.<ext>}
 * (gzipped when the name ends with {@code .gz}, sent with {@code Content-Encoding: gzip}
 * when the client accepts it), with its licence in a {@code Link: rel="license"} header.
 */
final class DumpsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Publishing publishing;

    DumpsServlet(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + "/dumps/");
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            Responses.html(response, DumpsPage.render(publishing.dumps()));
            return;
        }
        String name = path.substring(1);
        boolean gzName = name.endsWith(".gz");
        String plainName = gzName ? name.substring(0, name.length() - 3) : name;
        for (DumpGraphs graphs : DumpGraphs.values()) {
            for (DumpFormat format : DumpFormat.values()) {
                if (DumpsPage.fileName(graphs, format).equals(plainName)) {
                    serve(request, response, graphs, format, gzName);
                    return;
                }
            }
        }
        Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "No such dump; the list is at /dumps/.", false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, DumpGraphs graphs, DumpFormat format,
                       boolean gzName) throws IOException {
        DumpCache cache = publishing.dumps();
        response.setHeader("Link", "<" + Publication.DATA_LICENCE + ">; rel=\"license\"");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (gzName) {
            send(response, "application/gzip", null, cache.gzipped(graphs, format));
            return;
        }
        response.setHeader("Vary", "Accept-Encoding");
        String type = format.mediaType + "; charset=utf-8";
        if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
            send(response, type, "gzip", cache.gzipped(graphs, format));
        } else {
            send(response, type, null, cache.plain(graphs, format));
        }
    }

    /** True when an Accept-Encoding header accepts gzip (not with q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                double q = 1;
                for (int i = 1; i < pieces.length; i++) {
                    String param = pieces[i].replace(" ", "");
                    if (param.startsWith("q=")) {
                        try {
                            q = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            q = 1;
                        }
                    }
                }
                return q > 0;
            }
        }
        return false;
    }

    /** A file, 200, with its Content-Encoding when it is sent compressed. */
    private static void send(HttpServletResponse response, String contentType, String encoding, byte[] body)
            throws IOException {
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        Responses.send(response, HttpServletResponse.SC_OK, contentType, body);
    }
}
