package org.cybernorms.cen.server.publish;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.server.fuseki.SparqlModule;

/**
 * What a CEN-KG server publishes for the linked-data world, beside SPARQL and the pages:
 * the dumps under {@code /dumps/}, the JSON-LD context at {@code /context.jsonld}, the VoID
 * and DCAT description at {@code /.well-known/void}, and a SPARQL 1.1 Service Description
 * at the query endpoints ({@link SparqlModule#queryPaths()}) for a GET without a query.
 *
 * <p>The module is given the dataset and whether SERVICE is allowed: Fuseki's hooks see
 * neither (the dataset is built and reasoned by the caller, and the SERVICE setting is
 * ours, stated in the service description).
 */
public final class PublishingModule implements FusekiModule {

    private final DatasetGraph served;
    private final boolean federated;

    /**
     * @param served the served dataset (its default graph the union of the named graphs)
     * @param federated whether the server runs SERVICE clauses
     */
    public PublishingModule(DatasetGraph served, boolean federated) {
        this.served = served;
        this.federated = federated;
    }

    @Override
    public String name() {
        return "cen-publishing";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Publishing publishing = new Publishing(served);
        builder.addServlet("/dumps/*", new DumpsServlet(publishing))
                .addServlet("/context.jsonld", new ContextServlet())
                .addServlet("/" + VoidDescription.PATH, new VoidServlet(publishing));
        for (String endpoint : SparqlModule.queryPaths()) {
            builder.addFilter(endpoint, new ServiceDescriptionFilter(publishing, federated));
        }
    }
}
