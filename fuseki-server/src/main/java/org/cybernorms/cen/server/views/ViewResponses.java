package org.cybernorms.cen.server.views;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.cybernorms.cen.server.html.Html;

/** Writes the views' answers: a page, a result body, a one-line error (HTML for a browser). */
final class ViewResponses {

    private ViewResponses() {}

    static void html(HttpServletResponse response, String page) throws IOException {
        body(response, HttpServletResponse.SC_OK, "text/html", page.getBytes(StandardCharsets.UTF_8));
    }

    static void body(HttpServletResponse response, int status, String mediaType, byte[] bytes) throws IOException {
        response.setStatus(status);
        response.setHeader("Vary", "Accept");
        response.setContentType(mediaType + "; charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** An error with a one-line message and no stack trace. */
    static void error(HttpServletResponse response, int status, String message, boolean asHtml) throws IOException {
        if (asHtml) {
            body(response, status, "text/html", ViewLayout.page("Error " + status,
                    "<h1>" + status + "</h1><p class=\"error\">" + Html.escape(message) + "</p>")
                    .getBytes(StandardCharsets.UTF_8));
        } else {
            body(response, status, "text/plain", (message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
