package org.cybernorms.cen.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.cybernorms.cen.server.html.Html;
import org.cybernorms.cen.server.html.Layout;

/** Writes the bodies of the server's own pages: RDF, HTML, and short error pages. */
final class Responses {

    private Responses() {}

    static void rdf(HttpServletResponse response, Representation representation, Model model) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(representation.mediaType + "; charset=utf-8");
        response.setHeader("Vary", "Accept");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, representation.rdfFormat);
        }
    }

    static void html(HttpServletResponse response, String page) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader("Vary", "Accept");
        text(response, "text/html", page);
    }

    /** An error with a one-line message and no stack trace, in HTML or plain text. */
    static void error(HttpServletResponse response, int status, String message, boolean asHtml) throws IOException {
        response.setStatus(status);
        if (asHtml) {
            text(response, "text/html", Layout.page("Error " + status,
                    "<h1>" + status + "</h1><p>" + Html.escape(message) + "</p>"));
        } else {
            text(response, "text/plain", message + "\n");
        }
    }

    private static void text(HttpServletResponse response, String mediaType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** True when a client would read an HTML error page (a browser). */
    static boolean wantsHtml(String accept) {
        return accept != null && accept.contains("text/html");
    }
}
