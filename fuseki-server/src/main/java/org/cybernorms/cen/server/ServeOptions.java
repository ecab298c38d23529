package org.cybernorms.cen.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cybernorms.cen.reasoner.Engine;

/**
 * How {@code cen serve} runs.
 *
 * @param host the address to listen on ({@code 127.0.0.1}: this machine only)
 * @param port the port, 0 for any free one
 * @param data a researcher's own Turtle files or folders, added to the data graph
 * @param tdb2 a TDB2 directory to keep the dataset in, or null for memory
 * @param timeout the time limit of every query
 * @param allowService whether queries may call other endpoints with SERVICE
 * @param engine the OWL engine that reasons before serving
 */
public record ServeOptions(String host, int port, List<Path> data, Path tdb2, Duration timeout, boolean allowService,
        Engine engine) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);

    /** With the default engine. */
    public ServeOptions(String host, int port, List<Path> data, Path tdb2, Duration timeout, boolean allowService) {
        this(host, port, data, tdb2, timeout, allowService, Engine.DEFAULT);
    }

    public ServeOptions {
        data = List.copyOf(data);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query time limit must be positive");
        }
    }

    /** The defaults: loopback, port 3030, no files, memory, 10 s, no SERVICE. */
    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, List.of(), null, DEFAULT_TIMEOUT, false);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(host, newPort, data, tdb2, timeout, allowService, engine);
    }

    public ServeOptions withData(List<Path> files) {
        return new ServeOptions(host, port, files, tdb2, timeout, allowService, engine);
    }

    public ServeOptions withTimeout(Duration limit) {
        return new ServeOptions(host, port, data, tdb2, limit, allowService, engine);
    }

    public ServeOptions withTdb2(Path directory) {
        return new ServeOptions(host, port, data, directory, timeout, allowService, engine);
    }
}
