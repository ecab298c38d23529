package org.cybernorms.cen.server.fuseki;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki UI (its SPARQL editor) at {@code /sparql-editor/}, the root path being the
 * home page: the static files of jena-fuseki-ui from the class path ({@link UiServlet}),
 * its query page taught the {@code cen:} and {@code cenid:} prefixes ({@link UiPrefixes}).
 * Without the UI on the class path, nothing.
 */
public final class FusekiUiModule implements FusekiModule {

    /** Where the UI lives; its query page for the served dataset is {@code PATH + "#/dataset/cen/query"}. */
    public static final String PATH = "/sparql-editor/";

    @Override
    public String name() {
        return "cen-fuseki-ui";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (UiServlet.available()) {
            builder.addServlet("/sparql-editor/*", new UiServlet());
            builder.addServlet("/sparql-editor", new UiServlet());
            builder.addFilter("/sparql-editor/static/*", new UiPrefixes());
        }
    }
}
