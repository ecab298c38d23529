package org.cybernorms.cen.server.tryout;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the Turtle of a tried case from a POST, at most {@link #MAX_BYTES}: the form's
 * fields ({@code multipart/form-data}: the file uploaded in {@code file}, else the text
 * pasted in {@code case}), a urlencoded {@code case} field, or the body itself
 * ({@code text/turtle}, for scripts).
 */
final class CaseBody {

    /** The largest case accepted: 1 MB. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The case is larger than {@link #MAX_BYTES} (413). */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("The case is larger than 1 MB; try a smaller one.");
        }
    }

    /** The request carries no case (400). */
    static final class MissingException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingException(String message) {
            super(message);
        }
    }

    /**
     * Jetty reads multipart bodies only for servlets configured for them; Fuseki's builder
     * registers plain servlets, so the configuration is given per request under the
     * attribute Jetty looks for.
     */
    private static final String JETTY_MULTIPART_CONFIG = "org.eclipse.jetty.multipartConfig";

    private CaseBody() {}

    static byte[] read(HttpServletRequest request) throws IOException, TooLargeException, MissingException {
        if (request.getContentLengthLong() > MAX_BYTES + 64 * 1024) {
            throw new TooLargeException();
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return multipart(request);
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            String text;
            try {
                text = request.getParameter("case");
            } catch (RuntimeException e) {
                // Jetty refuses a form past its own size limit.
                throw new TooLargeException();
            }
            return nonEmpty(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = request.getInputStream()) {
            return nonEmpty(limited(in));
        }
    }

    private static byte[] multipart(HttpServletRequest request) throws IOException, TooLargeException, MissingException {
        request.setAttribute(JETTY_MULTIPART_CONFIG, new MultipartConfigElement("", MAX_BYTES, MAX_BYTES + 64 * 1024, 64 * 1024));
        try {
            Part file = request.getPart("file");
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    return nonEmpty(limited(in));
                }
            }
            Part text = request.getPart("case");
            if (text == null) {
                throw new MissingException("Give the case: paste it in the 'case' field or upload it as 'file'.");
            }
            try (InputStream in = text.getInputStream()) {
                return nonEmpty(limited(in));
            }
        } catch (ServletException | IllegalStateException | org.eclipse.jetty.http.BadMessageException e) {
            // Past the multipart limits, or not multipart after all.
            if (pastALimit(e)) {
                throw new TooLargeException();
            }
            throw new MissingException("The form could not be read: " + e.getMessage());
        }
    }

    /**
     * Whether Jetty refused the form for its size: it says so ("max file size exceeded",
     * "max part size exceeded") in the exception or, from Jetty 12 on, in the cause of a
     * "400: bad multipart".
     */
    private static boolean pastALimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("exceed") || message.contains("too large")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a checkbox or query parameter is set ({@code justify}); call after {@link #read}. */
    static boolean flag(HttpServletRequest request, String name) throws IOException {
        if ("true".equals(request.getParameter(name))) {
            return true;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("multipart/form-data")) {
            return false;
        }
        try {
            Part part = request.getPart(name);
            if (part == null) {
                return false;
            }
            try (InputStream in = part.getInputStream()) {
                return "true".equals(new String(in.readNBytes(16), StandardCharsets.UTF_8).trim());
            }
        } catch (ServletException | IllegalStateException e) {
            return false;
        }
    }

    private static byte[] limited(InputStream in) throws IOException, TooLargeException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        return bytes;
    }

    private static byte[] nonEmpty(byte[] bytes) throws MissingException {
        if (bytes == null || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new MissingException("The case is empty: paste Turtle or upload a .ttl file.");
        }
        return bytes;
    }
}
