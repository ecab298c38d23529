package org.cybernorms.cen.server.profiles;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/**
 * The researcher's front door: the home page at {@code /} and the lists it links to,
 * {@code /states}, {@code /questions}, {@code /norms} and {@code /cases}. (The profiles
 * themselves are the HTML of the linked-data pages, {@code /id/...}.)
 */
public final class ProfilesModule implements FusekiModule {

    private final Profiles profiles;

    /** @param profiles the profiles of the served dataset, shared with the linked-data pages */
    public ProfilesModule(Profiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return "cen-profiles";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // "" is the servlet mapping of the root path "/" alone (Servlet spec 12.2).
        builder.addServlet("", new PageServlet(() -> Txn.calculateRead(profiles.dataset(), () -> HomePage.render(
                HomePage.Figures.of(profiles.facts(), HomePage.inferred(profiles.dataset()))))));
        for (ListPages.Kind kind : ListPages.Kind.values()) {
            builder.addServlet(kind.path, new PageServlet(() -> Txn.calculateRead(profiles.dataset(),
                    () -> ListPages.render(profiles.facts(), kind))));
        }
    }
}
