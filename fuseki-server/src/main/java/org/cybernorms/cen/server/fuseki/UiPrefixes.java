package org.cybernorms.cen.server.fuseki;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.web.Responses;

/**
 * Teaches the Fuseki UI's query editor the {@code cen:} and {@code cenid:} prefixes. The
 * UI keeps its prefix list (rdf, rdfs, owl, xsd) in the script of its query page; this
 * filter serves that one script with the two prefixes added after {@code xsd}. Should a
 * later UI no longer hold that list, the script is served unchanged.
 */
public final class UiPrefixes implements Filter {

    /** Where the list ends in the script of jena-fuseki-ui 5.6.0. */
    static final String ANCHOR = "{uri:\"http://www.w3.org/2001/XMLSchema#\",text:\"xsd\"}";

    static final String ADDED = ",{uri:\"" + CEN.NS + "\",text:\"cen\"},{uri:\"" + CEN.ID + "\",text:\"cenid\"}";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!(name.startsWith("Query-") && name.endsWith(".js") && name.matches("[A-Za-z0-9_.-]+"))) {
            chain.doFilter(request, response);
            return;
        }
        String script = read("webapp/static/" + name);
        if (script == null || !script.contains(ANCHOR)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = script.replace(ANCHOR, ANCHOR + ADDED).getBytes(StandardCharsets.UTF_8);
        Responses.send((HttpServletResponse) response, HttpServletResponse.SC_OK, "text/javascript; charset=utf-8", body);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = UiPrefixes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
