package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation for the descriptions this package serves (VoID, the service
 * description): Turtle unless the client asks for JSON-LD, N-Triples or RDF/XML, by the
 * Accept header or a {@code format} parameter ({@code ttl}, {@code jsonld}, {@code nt},
 * {@code rdf}).
 */
final class RdfNegotiation {

    private static final List<DumpFormat> OFFERED = List.of(DumpFormat.TURTLE, DumpFormat.JSONLD,
            DumpFormat.NTRIPLES, DumpFormat.RDFXML);
    private static final AcceptList OFFERS = AcceptList.create(
            OFFERED.stream().map(f -> f.mediaType).toArray(String[]::new));

    private RdfNegotiation() {}

    /** The format to answer in, or empty when the client accepts none of them (406). */
    static Optional<DumpFormat> choose(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && !format.isBlank()) {
            return OFFERED.stream().filter(f -> f.extension.equalsIgnoreCase(format.strip())
                    || f.label.equalsIgnoreCase(format.strip())).findFirst();
        }
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return Optional.of(DumpFormat.TURTLE);
        }
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        if (chosen == null) {
            return Optional.empty();
        }
        return OFFERED.stream().filter(f -> f.mediaType.equals(chosen.getContentTypeStr())).findFirst();
    }

    /** Negotiates and writes the model; 406 with the list of offers when nothing fits. */
    static void answer(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Optional<DumpFormat> format = choose(request);
        response.setHeader("Vary", "Accept");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (format.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable; offered as "
                    + String.join(", ", OFFERED.stream().map(f -> f.mediaType).toList()) + ".");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.get().mediaType + "; charset=utf-8");
        response.setHeader("Link", "<" + Publication.DATA_LICENCE + ">; rel=\"license\"");
        RDFFormat rdfFormat = switch (format.get()) {
            case TURTLE -> RDFFormat.TURTLE_PRETTY;
            case RDFXML -> RDFFormat.RDFXML_ABBREV;
            default -> format.get().rdfFormat();
        };
        try (OutputStream out = response.getOutputStream()) {
            RDFDataMgr.write(out, model, rdfFormat);
        }
    }

    /** A one-line plain-text answer (errors). */
    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    /** The server's root URL as the client reached it, ending with '/'. */
    static String base(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/";
    }
}
