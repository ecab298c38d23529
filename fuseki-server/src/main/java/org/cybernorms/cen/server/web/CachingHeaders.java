package org.cybernorms.cen.server.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Adds the caching headers to an answer once its status is known, just before its body is
 * written (headers cannot change after): a 200 gets the entity tag and the cache policy,
 * anything else {@code no-store}, so that no cache keeps an error, a time-out or a
 * redirect.
 *
 * <p>This class alone decides the cache policy of a GET: what a servlet sets as
 * {@code Cache-Control} or {@code Pragma} is dropped. Fuseki marks every query answer
 * {@code no-cache, no-store} because its datasets may be updated at any moment; ours
 * cannot be.
 */
final class CachingHeaders extends HttpServletResponseWrapper {

    private final String etag;
    private final String cacheControl;
    private boolean decided;
    private ServletOutputStream body;

    CachingHeaders(HttpServletResponse response, String etag, String cacheControl) {
        super(response);
        this.etag = etag;
        this.cacheControl = cacheControl;
    }

    /** The headers of a cacheable answer (a 200 or a 304). */
    static void tag(HttpServletResponse response, String etag, String cacheControl) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", cacheControl);
        Set<String> vary = new LinkedHashSet<>();
        for (String value : response.getHeaders("Vary")) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    vary.add(token.strip());
                }
            }
        }
        for (String token : CachingFilter.VARY.split(", ")) {
            if (vary.stream().noneMatch(token::equalsIgnoreCase)) {
                vary.add(token);
            }
        }
        response.setHeader("Vary", String.join(", ", vary));
    }

    @Override
    public void setHeader(String name, String value) {
        if (!isCachePolicy(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!isCachePolicy(name)) {
            super.addHeader(name, value);
        }
    }

    private static boolean isCachePolicy(String header) {
        return header.equalsIgnoreCase("Cache-Control") || header.equalsIgnoreCase("Pragma");
    }

    /**
     * The body, with the servlet's flushes ignored: Fuseki flushes before it closes, which
     * would send the answer in chunks; unflushed, Jetty sends an answer that fits its buffer
     * whole, with its length ({@link org.cybernorms.cen.server.fuseki.WholeAnswers}).
     */
    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        decide(getStatus());
        if (body == null) {
            body = new UnflushedOutput(super.getOutputStream());
        }
        return body;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        decide(getStatus());
        return super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        decide(getStatus());
        super.flushBuffer();
    }

    @Override
    public void sendError(int sc) throws IOException {
        decide(sc);
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        decide(sc);
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        decide(SC_FOUND);
        super.sendRedirect(location);
    }

    /** After the servlet: an answer with no body has not been decided yet. */
    void finish() {
        if (!isCommitted()) {
            decide(getStatus());
        }
    }

    private void decide(int status) {
        if (decided) {
            return;
        }
        decided = true;
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (status == SC_OK) {
            tag(response, etag, cacheControl);
        } else {
            response.setHeader("ETag", null);
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
