package org.cybernorms.cen.server.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a CEN-KG server publishes for the linked-data world, beside SPARQL and the pages:
 * the dumps under {@code /dumps/}, the JSON-LD context at {@code /context.jsonld}, the VoID
 * and DCAT description at {@code /.well-known/void}, and a SPARQL 1.1 Service Description
 * at the query endpoints for a GET without a query. Dumps and figures are made from the
 * served dataset once, when first asked for.
 */
public final class Publishing {

    /** The query endpoints that answer a GET without a query with the service description. */
    static final String[] ENDPOINTS = {"/cen/sparql", "/cen/query"};

    private final DatasetGraph served;
    private final DumpCache dumps;
    private volatile DatasetStatistics statistics;

    Publishing(DatasetGraph served) {
        this.served = served;
        this.dumps = new DumpCache(served);
    }

    /**
     * Adds the servlets and the service-description filter to a server being built.
     *
     * @param served the served dataset (its default graph the union of the named graphs)
     * @param federated whether the server runs SERVICE clauses (stated in the service description)
     */
    public static FusekiServer.Builder register(FusekiServer.Builder builder, DatasetGraph served, boolean federated) {
        Publishing publishing = new Publishing(served);
        builder.addServlet("/dumps/*", new DumpsServlet(publishing))
                .addServlet("/context.jsonld", new ContextServlet())
                .addServlet("/" + VoidDescription.PATH, new VoidServlet(publishing));
        for (String endpoint : ENDPOINTS) {
            builder.addFilter(endpoint, new ServiceDescriptionFilter(publishing, federated));
        }
        return builder;
    }

    DumpCache dumps() {
        return dumps;
    }

    /** The figures of the served dataset, counted on first use. */
    DatasetStatistics statistics() {
        DatasetStatistics result = statistics;
        if (result == null) {
            synchronized (this) {
                if (statistics == null) {
                    statistics = DatasetStatistics.of(served);
                }
                result = statistics;
            }
        }
        return result;
    }
}
