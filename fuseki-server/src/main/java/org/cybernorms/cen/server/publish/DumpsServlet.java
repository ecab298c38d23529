package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
            byte[] page = DumpsPage.render(publishing.dumps()).getBytes(StandardCharsets.UTF_8);
            send(response, "text/html; charset=utf-8", null, page);
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
        RdfNegotiation.plain(response, HttpServletResponse.SC_NOT_FOUND, "No such dump; the list is at /dumps/.");
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

    private static void send(HttpServletResponse response, String contentType, String encoding, byte[] body)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        if (encoding != null) {
            response.setHeader("Content-Encoding", encoding);
        }
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
