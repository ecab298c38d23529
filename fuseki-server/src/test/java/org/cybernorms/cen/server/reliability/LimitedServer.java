package org.cybernorms.cen.server.reliability;

import java.time.Duration;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;

/**
 * One real server for the load and fuzz tests of this JVM: port 0 on loopback, the bundled
 * ontology and data, and a one-second query time limit so that queries built to be
 * expensive (a cross product over every triple) really hit it. Stopped when the JVM exits.
 */
final class LimitedServer {

    /** The query time limit. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** Expensive by construction: COUNT over the cross product of all triples, three times over. */
    static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static RunningServer server;

    private LimitedServer() {}

    static synchronized RunningServer get() {
        if (server == null) {
            server = RunningServer.start(ServeOptions.defaults().withPort(0).withTimeout(TIMEOUT));
            RunningServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }
}
