package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.cybernorms.cen.server.web.Responses;

/**
 * {@code /context.jsonld}: the CEN-KG JSON-LD context, readable from any origin (CORS) so
 * that a web page elsewhere can use it.
 */
final class ContextServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CenJsonLd.writeJson(body, JsonLdContext.bundled());
        response.setHeader("Access-Control-Allow-Origin", "*");
        Responses.send(response, HttpServletResponse.SC_OK, "application/ld+json; charset=utf-8", body.toByteArray());
    }
}
