package org.cybernorms.cen.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.profiles.Profiles;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;

/**
 * Serves every {@code cenid:} thing at its own path, {@code /id/state/DNK} for
 * {@code https://w3id.org/cyber-election-norms/id/state/DNK}, in the representation the
 * client asks for; 404 for a thing no graph mentions. The HTML shows the thing's profile
 * ({@link Profiles}) above its statements.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Describer describer;
    private final transient Profiles profiles;

    LinkedDataServlet(DatasetGraph dataset, Profiles profiles) {
        this.describer = new Describer(dataset);
        this.profiles = profiles;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean html = Responses.wantsHtml(request);
        String path = request.getPathInfo();
        Optional<Offer<RDFFormat>> representation = Representations.NEGOTIATION.negotiate(request, response);
        if (representation.isEmpty()) {
            return;
        }
        String iri = path == null ? null : CEN.ID + path.substring(1);
        if (iri == null || path.length() < 2 || !validIri(iri)) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND, "No such resource.", html);
            return;
        }
        Description description = describer.describe(NodeFactory.createURI(iri));
        if (description.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_FOUND,
                    "Nothing is known about " + iri + ".", html);
            return;
        }
        if (representation.get().isHtml()) {
            Responses.html(response, ResourcePage.render(description, profiles.of(description.subject()).orElse("")));
        } else {
            Responses.rdf(response, representation.get(), description.rdf());
        }
    }

    private static boolean validIri(String iri) {
        try {
            return IRIs.check(iri);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
