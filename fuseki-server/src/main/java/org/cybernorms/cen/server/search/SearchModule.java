package org.cybernorms.cen.server.search;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Full-text search at {@code /search}, over the index the store built with the served
 * dataset ({@link org.cybernorms.cen.server.store.TextIndexes}); the same index answers
 * {@code text:query} at the SPARQL endpoints.
 */
public final class SearchModule implements FusekiModule {

    private final DatasetGraph served;

    /** @param served the served dataset, its text index attached */
    public SearchModule(DatasetGraph served) {
        this.served = served;
    }

    @Override
    public String name() {
        return "cen-search";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/search", new SearchServlet(served));
    }
}
