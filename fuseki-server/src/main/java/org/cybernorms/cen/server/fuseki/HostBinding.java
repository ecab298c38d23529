package org.cybernorms.cen.server.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Binds Fuseki's HTTP connector to one address. Fuseki's builder offers only "loopback or
 * every interface"; this module sets the host just before Jetty starts.
 */
public final class HostBinding implements FusekiModule {

    private final String host;

    public HostBinding(String host) {
        this.host = host;
    }

    @Override
    public String name() {
        return "cen-host-binding";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }
}
