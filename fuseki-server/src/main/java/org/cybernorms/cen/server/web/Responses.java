package org.cybernorms.cen.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Writes the bodies of the server's own answers: bytes, text, HTML pages, RDF, and short
 * error messages. An error never carries a stack trace: it is one line of text, or a short
 * page for a browser.
 */
public final class Responses {

    private Responses() {}

    /** A body of known bytes; {@code contentType} is sent as given (with its charset, if any). */
    public static void send(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** Text in UTF-8. */
    public static void text(HttpServletResponse response, int status, String mediaType, String body)
            throws IOException {
        send(response, status, mediaType + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A page, 200. */
    public static void html(HttpServletResponse response, String page) throws IOException {
        text(response, HttpServletResponse.SC_OK, "text/html", page);
    }

    /** A model in the RDF of an offer, 200; written as it is serialised, so no length is sent. */
    public static void rdf(HttpServletResponse response, Negotiation.Offer<RDFFormat> offer, Model model)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(offer.mediaType() + "; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, offer.value());
        }
    }

    /**
     * An error with a one-line message and no stack trace: a short page for a client that
     * reads HTML, plain text otherwise (so the body depends on Accept: {@code Vary}).
     */
    public static void error(HttpServletResponse response, int status, String message, boolean asHtml)
            throws IOException {
        response.setHeader("Vary", "Accept");
        if (asHtml) {
            text(response, status, "text/html", Layout.page("Error " + status,
                    "<h1>" + status + "</h1><p class=\"error\">" + Html.escape(message) + "</p>"));
        } else {
            text(response, status, "text/plain", message + "\n");
        }
    }

    /** True when the client reads HTML (a browser), so that errors come as a page. */
    public static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
