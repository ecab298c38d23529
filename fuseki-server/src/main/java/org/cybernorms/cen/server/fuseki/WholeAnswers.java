package org.cybernorms.cen.server.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Lets Jetty hold an answer of up to {@value #BUFFER} bytes whole and send it at once, with
 * its {@code Content-Length}, instead of in chunks as it is written. A proxy in front
 * ({@code deploy/}) can send a request to another replica only while it has received
 * nothing of the answer: a replica that dies in the middle of a chunked answer leaves the
 * reader with a cut answer (measured by {@code ReplicasIT}: one request in about 7,000
 * while a replica was killed). With the whole answer in one write the window is gone for
 * every answer of this size, which is nearly all of them; the dumps already are sent whole.
 * Together with {@link org.cybernorms.cen.server.web.CachingFilter}, which keeps servlets'
 * flushes from sending the answer early.
 */
public final class WholeAnswers implements FusekiModule {

    /** Bytes held per answer in progress (Jetty's default is 32 KB). */
    static final int BUFFER = 256 * 1024;

    @Override
    public String name() {
        return "cen-whole-answers";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(BUFFER);
                http.getHttpConfiguration().setOutputAggregationSize(BUFFER);
            }
        }
    }
}
