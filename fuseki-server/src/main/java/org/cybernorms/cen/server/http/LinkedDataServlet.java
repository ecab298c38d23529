package org.cybernorms.cen.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.describe.Describer;
import org.cybernorms.cen.server.describe.Description;
import org.cybernorms.cen.server.html.ResourcePage;

/**
 * Serves every {@code cenid:} thing at its own path, {@code /id/state/DNK} for
 * {@code https://w3id.org/cyber-election-norms/id/state/DNK}, in the representation the
 * client asks for; 404 for a thing no graph mentions.
 */
public final class LinkedDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Describer describer;

    public LinkedDataServlet(DatasetGraph dataset) {
        this.describer = new Describer(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean html = Responses.wantsHtml(accept);
        String path = request.getPathInfo();
        Optional<Representation> representation = Representation.choose(request.getParameter("format"), accept);
        if (representation.isEmpty()) {
            Responses.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Not acceptable; this page is offered as " + Representation.offered() + ".", false);
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
        if (representation.get() == Representation.HTML) {
            Responses.html(response, ResourcePage.render(description));
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
