package org.cybernorms.cen.server;

import java.net.URL;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.http.LinkedDataServlet;
import org.cybernorms.cen.server.http.OntologyServlet;
import org.cybernorms.cen.server.http.ReadOnlyUpdate;
import org.cybernorms.cen.server.http.ServiceGuardQuery;
import org.cybernorms.cen.server.http.UiPrefixes;
import org.cybernorms.cen.server.publish.Publishing;
import org.cybernorms.cen.server.store.ServedDataset;
import org.cybernorms.cen.server.views.CatalogueServlet;
import org.cybernorms.cen.server.views.CompareServlet;
import org.cybernorms.cen.server.views.ConflictsServlet;
import org.cybernorms.cen.server.views.MatrixServlet;
import org.cybernorms.cen.server.views.QueryServlet;

/**
 * The CEN-KG server: embedded Fuseki serving one read-only dataset at {@code /cen}
 * (query at {@code /cen/sparql} and {@code /cen/query}, Graph Store read at
 * {@code /cen/get}), the linked-data pages under {@code /id/}, the ontology at
 * {@code /ontology}, the Fuseki UI at {@code /} with the read-only {@code /$/server},
 * {@code /$/stats} and {@code /$/ping} it uses. No admin operations are installed.
 */
public final class CenServer {

    /** The dataset's name in URLs. */
    public static final String DATASET = "/cen";

    private CenServer() {}

    /** Builds (does not start) the server for a prepared dataset. */
    public static FusekiServer build(ServedDataset served, ServeOptions options) {
        DatasetGraph dataset = served.dataset();
        Context context = dataset.getContext();
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(Service.httpServiceAllowed, options.allowService());

        QueryCatalogue catalogue = QueryCatalogue.load();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .loopback(false)
                .fusekiModules(FusekiModules.create(new HostBinding(options.host())))
                .enablePing(true)
                .enableStats(true)
                .add(DATASET, readOnlyService(dataset))
                .registerOperation(Operation.Update, new ReadOnlyUpdate())
                .addProcessor("/$/server", new ActionServerStatus())
                .addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet("/ontology", new OntologyServlet(dataset))
                .addServlet("/queries", new CatalogueServlet(catalogue))
                .addServlet("/queries/*", new QueryServlet(catalogue, dataset))
                .addServlet("/compare", new CompareServlet(catalogue, dataset))
                .addServlet("/matrix", new MatrixServlet(catalogue, dataset))
                .addServlet("/conflicts", new ConflictsServlet(catalogue, dataset));
        // Always ours: it refuses SERVICE unless allowed, and answers 400 where Fuseki would 500.
        builder.registerOperation(Operation.Query, new ServiceGuardQuery(options.allowService()));
        // Dumps, /context.jsonld, /.well-known/void, the service description at the endpoints.
        Publishing.register(builder, dataset, options.allowService());
        URL ui = CenServer.class.getClassLoader().getResource("webapp");
        if (ui != null) {
            builder.staticFileBase(ui.toExternalForm());
            builder.addFilter("/static/*", new UiPrefixes());
        }
        FusekiServer server = builder.build();
        heapOutputBuffers(server);
        return server;
    }

    /**
     * Makes Jetty write responses through heap buffers. Its direct buffers are given back to
     * the operating system only when a collection finds them, and under load, with the
     * in-memory store in the old generation, they filled the direct memory: every few
     * seconds {@code Bits.reserveMemory} forced a full collection (0.6 to 0.8 s on 10,000
     * generated operations, p99 half a second; docs/performance.md).
     */
    private static void heapOutputBuffers(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            }
        }
    }

    /**
     * The dataset's endpoints: query and Graph Store read; update endpoints exist only to
     * answer 405, and Graph Store writes answer 405 from Fuseki's read-only GSP.
     */
    private static DataService readOnlyService(DatasetGraph dataset) {
        return DataService.newBuilder()
                .dataset(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Update)
                .addEndpoint(Operation.Update, "update")
                .build();
    }
}
