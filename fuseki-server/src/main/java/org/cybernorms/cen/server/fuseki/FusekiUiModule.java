package org.cybernorms.cen.server.fuseki;

import java.net.URL;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki UI at {@code /}, as Jena's own {@code FMod_UI} serves it: the static files of
 * jena-fuseki-ui from the class path, its query page taught the {@code cen:} and
 * {@code cenid:} prefixes ({@link UiPrefixes}). Without the UI on the class path, nothing.
 */
public final class FusekiUiModule implements FusekiModule {

    @Override
    public String name() {
        return "cen-fuseki-ui";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        URL ui = FusekiUiModule.class.getClassLoader().getResource("webapp");
        if (ui != null) {
            builder.staticFileBase(ui.toExternalForm());
            builder.addFilter("/static/*", new UiPrefixes());
        }
    }
}
