package org.cybernorms.cen.server.linkeddata;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.cybernorms.cen.server.profiles.Profiles;

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
    private final Profiles profiles;

    /** @param dataset the served dataset (its default graph the union of the named graphs) */
    public LinkedDataModule(DatasetGraph dataset) {
        this(dataset, new Profiles(dataset));
    }

    /**
     * @param dataset the served dataset (its default graph the union of the named graphs)
     * @param profiles the profiles shown above each page's statements
     */
    public LinkedDataModule(DatasetGraph dataset, Profiles profiles) {
        this.dataset = dataset;
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "cen-linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/id/*", new LinkedDataServlet(dataset, profiles))
                .addServlet("/ontology", new OntologyServlet(dataset));
    }
}
