package org.cybernorms.cen.server.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.core.CenNames;
import org.cybernorms.cen.server.web.Negotiation.Offer;
import org.cybernorms.cen.server.web.Responses;

/** {@code /ontology}: the ontology's documentation in HTML, or its graph in RDF by negotiation. */
final class OntologyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DatasetGraph dataset;

    OntologyServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Offer<RDFFormat>> representation = Representations.NEGOTIATION.negotiate(request, response);
        if (representation.isEmpty()) {
            return;
        }
        if (representation.get().isHtml()) {
            Responses.html(response, OntologyPage.render(OntologyTerms.read(dataset)));
        } else {
            Responses.rdf(response, representation.get(), ontologyGraph());
        }
    }

    private Model ontologyGraph() {
        Model model = ModelFactory.createModelForGraph(Txn.calculateRead(dataset, () -> {
            var copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(NodeFactory.createURI(CEN.GRAPH_ONTOLOGY)).find().forEachRemaining(copy::add);
            return copy;
        }));
        return model.setNsPrefixes(CenNames.prefixes());
    }
}
