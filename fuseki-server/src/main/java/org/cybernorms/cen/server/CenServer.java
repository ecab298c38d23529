package org.cybernorms.cen.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.fuseki.FusekiUiModule;
import org.cybernorms.cen.server.fuseki.HeapOutputBuffers;
import org.cybernorms.cen.server.fuseki.HostBinding;
import org.cybernorms.cen.server.fuseki.HttpCachingModule;
import org.cybernorms.cen.server.fuseki.SparqlModule;
import org.cybernorms.cen.server.fuseki.WholeAnswers;
import org.cybernorms.cen.server.linkeddata.LinkedDataModule;
import org.cybernorms.cen.server.profiles.Profiles;
import org.cybernorms.cen.server.profiles.ProfilesModule;
import org.cybernorms.cen.server.publish.PublishingModule;
import org.cybernorms.cen.server.search.SearchModule;
import org.cybernorms.cen.server.store.ServedDataset;
import org.cybernorms.cen.server.tryout.TryModule;
import org.cybernorms.cen.server.views.ViewsModule;
import org.cybernorms.cen.server.web.EntityTags;

/**
 * The CEN-KG server: embedded Fuseki composed of CEN-KG's features, each a Fuseki module
 * that registers its own servlets and filters, as Fuseki's own features are. The modules
 * say what they serve at which paths.
 */
public final class CenServer {

    private CenServer() {}

    /** Builds (does not start) the server for a prepared dataset. */
    public static FusekiServer build(ServedDataset served, ServeOptions options) {
        DatasetGraph dataset = served.dataset();
        // Every query on the dataset, from an endpoint or a view, runs under these.
        Context context = dataset.getContext();
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(Service.httpServiceAllowed, options.allowService());

        Profiles profiles = new Profiles(dataset);
        FusekiModules features = FusekiModules.create(
                new HttpCachingModule(new EntityTags(served.inputsHash(), version())),
                new HostBinding(options.host()),
                new HeapOutputBuffers(),
                new WholeAnswers(),
                new SparqlModule(dataset, options.allowService()),
                new LinkedDataModule(dataset, profiles),
                new ProfilesModule(profiles),
                new ViewsModule(QueryCatalogue.load(), dataset),
                new PublishingModule(dataset, options.allowService()),
                new SearchModule(dataset),
                new TryModule(Inputs.bundledWith(options.data()), options.engine(), options.timeout()),
                new FusekiUiModule());
        return FusekiServer.create()
                .port(options.port())
                .loopback(false)
                .fusekiModules(features)
                .build();
    }

    /** The version in the jar's manifest; a development build has none (its code is named by the inputs hash). */
    static String version() {
        String version = CenServer.class.getPackage().getImplementationVersion();
        return version != null ? version : "development build";
    }
}
