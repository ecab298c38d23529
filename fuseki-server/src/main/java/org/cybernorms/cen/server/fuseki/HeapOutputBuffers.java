package org.cybernorms.cen.server.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Makes Jetty write responses through heap buffers. Its direct buffers are given back to
 * the operating system only when a collection finds them, and under load, with the
 * in-memory store in the old generation, they filled the direct memory: every few seconds
 * {@code Bits.reserveMemory} forced a full collection (the figures are in
 * docs/performance.md).
 */
public final class HeapOutputBuffers implements FusekiModule {

    @Override
    public String name() {
        return "cen-heap-output-buffers";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUseOutputDirectByteBuffers(false);
            }
        }
    }
}
