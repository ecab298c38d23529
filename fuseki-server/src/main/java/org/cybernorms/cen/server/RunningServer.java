package org.cybernorms.cen.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.cybernorms.cen.core.CenException;
import org.cybernorms.cen.core.ErrorName;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.server.fuseki.SparqlModule;
import org.cybernorms.cen.server.store.DatasetBuilder;
import org.cybernorms.cen.server.store.ServedDataset;

/**
 * A started CEN-KG server and the dataset it serves. Closing it stops the server and
 * releases the store.
 */
public final class RunningServer implements AutoCloseable {

    private final FusekiServer server;
    private final ServedDataset served;
    private final String host;

    private RunningServer(FusekiServer server, ServedDataset served, String host) {
        this.server = server;
        this.served = served;
        this.host = host;
    }

    /**
     * Loads, reasons and starts listening; nothing listens when the input is bad.
     *
     * @throws CenException for bad input (including
     *     {@link org.cybernorms.cen.reasoner.InconsistentDataException}), or
     *     {@code CANNOT_LISTEN} when the server cannot listen
     */
    public static RunningServer start(ServeOptions options) {
        ServedDataset served = DatasetBuilder.forServing(Inputs.bundledWith(options.data()), options.tdb2(),
                options.engine());
        FusekiServer server;
        try {
            server = CenServer.build(served, options);
            listen(server, options);
        } catch (RuntimeException e) {
            served.closer().run();
            throw e;
        }
        return new RunningServer(server, served, options.host());
    }

    /** Only a failure here is {@code CANNOT_LISTEN}; one while loading or reasoning is reported as itself. */
    private static void listen(FusekiServer server, ServeOptions options) {
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new CenException(ErrorName.CANNOT_LISTEN, options.host() + ":" + options.port(), CenException.rootMessage(e), e);
        }
    }

    /** The port it listens on (the actual one when 0 was asked for). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's root URL, ending with '/'. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "localhost";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlUrl() {
        return url() + SparqlModule.SPARQL.substring(1);
    }

    public ServedDataset served() {
        return served;
    }

    /** Waits until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            served.closer().run();
        }
    }
}
