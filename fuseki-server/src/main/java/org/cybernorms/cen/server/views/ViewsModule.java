package org.cybernorms.cen.server.views;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.queries.QueryCatalogue;

/**
 * The researcher's views over the query catalogue: the catalogue at {@code /queries}, one
 * query's result at {@code /queries/NAME}, States compared at {@code /compare}, the doctrine
 * matrix at {@code /matrix} and the conflicts at {@code /conflicts}.
 *
 * <p>The module is given the catalogue and the dataset: Fuseki's hooks know neither, and
 * the views query the served dataset itself, so that its time limit applies.
 */
public final class ViewsModule implements FusekiModule {

    private final QueryCatalogue catalogue;
    private final DatasetGraph served;

    /**
     * @param catalogue the queries the views run
     * @param served the served dataset (its default graph the union of the named graphs)
     */
    public ViewsModule(QueryCatalogue catalogue, DatasetGraph served) {
        this.catalogue = catalogue;
        this.served = served;
    }

    @Override
    public String name() {
        return "cen-views";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/queries", new CatalogueServlet(catalogue))
                .addServlet("/queries/*", new QueryServlet(catalogue, served))
                .addServlet("/compare", new CompareServlet(catalogue, served))
                .addServlet("/matrix", new MatrixServlet(catalogue, served))
                .addServlet("/conflicts", new ConflictsServlet(catalogue, served));
    }
}
