package org.cybernorms.cen.server.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.cybernorms.cen.server.web.Negotiation;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;

/**
 * Answers a request for one of the descriptions this package serves (VoID, the service
 * description): readable from any origin, in the RDF the client asks for
 * ({@link RdfOffers}), with the data licence in a {@code Link} header.
 */
final class Descriptions {

    private static final Negotiation<RDFFormat> NEGOTIATION = new Negotiation<>(RdfOffers.ALL);

    private Descriptions() {}

    /** Negotiates and writes the model; 400 or 406 as {@link Negotiation} says when nothing fits. */
    static void answer(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        Optional<Offer<RDFFormat>> offer = NEGOTIATION.negotiate(request, response);
        if (offer.isPresent()) {
            response.setHeader("Link", "<" + Publication.DATA_LICENCE + ">; rel=\"license\"");
            Responses.rdf(response, offer.get(), model);
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
