package org.cybernorms.cen.server.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HTTP caching for a server whose data never change while it runs: every successful GET or
 * HEAD answer (pages, catalogue results, views, dumps, SPARQL GET) carries an entity tag
 * ({@link EntityTags}) and a {@code Cache-Control}, and a request whose
 * {@code If-None-Match} matches is answered {@code 304} before any query runs. Errors and
 * every other method (a POST query) are marked {@code no-store}.
 *
 * <p>Browsers are told to revalidate every time ({@code max-age=0}: a 304 costs no query,
 * and a restarted server with new data is seen at once); shared caches (the nginx of
 * {@code deploy/}, a CDN) may keep an answer for {@code s-maxage} seconds, since the
 * deployment that changes the data also clears them.
 *
 * <p>Not under {@code /$/}: ping, stats and server status describe the running process, and
 * a health check must reach it.
 */
public final class CachingFilter implements Filter {

    /** The {@code Vary} every tagged answer carries: the tag depends on these headers. */
    static final String VARY = "Accept, Accept-Encoding";

    private final EntityTags tags;
    private final String cacheControl;

    /** @param sharedMaxAgeSeconds how long a shared cache may keep an answer without asking again */
    public CachingFilter(EntityTags tags, int sharedMaxAgeSeconds) {
        this.tags = tags;
        this.cacheControl = "public, max-age=0, must-revalidate, s-maxage=" + sharedMaxAgeSeconds;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(resp instanceof HttpServletResponse response)
                || isProcessStatus(request)) {
            chain.doFilter(req, resp);
            return;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(req, resp);
            return;
        }
        String etag = tags.forVariant(request.getHeader("Accept"), request.getHeader("Accept-Encoding"));
        if (EntityTags.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            CachingHeaders.tag(response, etag, cacheControl);
            return;
        }
        CachingHeaders wrapped = new CachingHeaders(response, etag, cacheControl);
        chain.doFilter(request, wrapped);
        wrapped.finish();
    }

    private static boolean isProcessStatus(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/$/");
    }
}
