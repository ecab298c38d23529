package org.cybernorms.cen.server.fuseki;

import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The read-only SPARQL service: the dataset at {@code /cen} with its query endpoints
 * ({@code /cen/sparql}, {@code /cen/query}) and Graph Store read ({@code /cen/get});
 * update endpoints exist only to answer 405, and Graph Store writes answer 405 from
 * Fuseki's read-only GSP. Also the read-only {@code /$/server}, {@code /$/stats} and
 * {@code /$/ping} the Fuseki UI uses; no admin operation is installed.
 *
 * <p>The module is given the dataset: Fuseki's hooks see only what a configuration file
 * or the builder declared, and this dataset is built, reasoned and wrapped by the caller.
 */
public final class SparqlModule implements FusekiModule {

    /** The dataset's name in URLs. */
    public static final String DATASET = "/cen";
    /** The names of the query endpoints, under {@link #DATASET}; the first is the one published. */
    public static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");
    /** The path of the published query endpoint: {@code /cen/sparql}. */
    public static final String SPARQL = DATASET + "/" + QUERY_ENDPOINTS.get(0);

    private final DatasetGraph dataset;
    private final boolean allowService;

    /**
     * @param dataset the served dataset (its default graph the union of the named graphs)
     * @param allowService whether queries may call other endpoints with SERVICE
     */
    public SparqlModule(DatasetGraph dataset, boolean allowService) {
        this.dataset = dataset;
        this.allowService = allowService;
    }

    /** The paths of the query endpoints: {@code /cen/sparql}, {@code /cen/query}. */
    public static List<String> queryPaths() {
        return QUERY_ENDPOINTS.stream().map(name -> DATASET + "/" + name).toList();
    }

    @Override
    public String name() {
        return "cen-sparql";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.enablePing(true)
                .enableStats(true)
                .add(DATASET, readOnlyService())
                .registerOperation(Operation.Update, new ReadOnlyUpdate())
                // Always ours: it refuses SERVICE unless allowed, and answers 400 where Fuseki would 500.
                .registerOperation(Operation.Query, new ServiceGuardQuery(allowService))
                .addProcessor("/$/server", new ActionServerStatus());
    }

    private DataService readOnlyService() {
        DataService.Builder service = DataService.newBuilder().dataset(dataset).addEndpoint(Operation.Query);
        QUERY_ENDPOINTS.forEach(name -> service.addEndpoint(Operation.Query, name));
        return service.addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.Update)
                .addEndpoint(Operation.Update, "update")
                .build();
    }
}
