package org.cybernorms.cen.server.linkeddata;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Linked data: every {@code cenid:} thing at {@code /id/...} and the ontology's
 * documentation at {@code /ontology}, each as a page or as RDF by negotiation.
 *
 * <p>The module is given the dataset: Fuseki's hooks see only the datasets a configuration
 * or the builder declared by name, and these pages read the served dataset itself (its
 * named graphs tell asserted from inferred).
 */
public final class LinkedDataModule implements FusekiModule {

    private final DatasetGraph dataset;

    /** @param dataset the served dataset (its default graph the union of the named graphs) */
    public LinkedDataModule(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public String name() {
        return "cen-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet("/ontology", new OntologyServlet(dataset));
    }
}
