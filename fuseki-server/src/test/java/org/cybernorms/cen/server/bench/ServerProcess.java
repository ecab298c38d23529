package org.cybernorms.cen.server.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * A SPARQL server running in its own process on loopback, started, awaited until its
 * dataset answers a query, and stopped.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final Process process;
    private final String endpoint;
    private final double readySeconds;

    private ServerProcess(String name, Process process, String endpoint, double readySeconds) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
        this.readySeconds = readySeconds;
    }

    /**
     * Starts a server whose query endpoint will be {@code http://127.0.0.1:PORT/cen/sparql};
     * {@code commandForPort} gives the command for a port.
     */
    static ServerProcess start(String name, IntFunction<List<String>> commandForPort, Path log,
            Duration startLimit) throws IOException, InterruptedException {
        int port = freePort();
        String endpoint = "http://127.0.0.1:" + port + "/cen/sparql";
        long started = System.nanoTime();
        Process process = JavaProcess.start(commandForPort.apply(port), log);
        long deadline = started + startLimit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " (see " + log + ")");
            }
            if (answers(endpoint)) {
                return new ServerProcess(name, process, endpoint, (System.nanoTime() - started) / 1e9);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " did not answer within " + startLimit + " (see " + log + ")");
    }

    private static boolean answers(String endpoint) {
        try {
            var request = LoadDriver.request(endpoint, "ASK {}", Duration.ofSeconds(2));
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    String name() {
        return name;
    }

    String endpoint() {
        return endpoint;
    }

    /** Seconds from starting the process to the first answer. */
    double readySeconds() {
        return readySeconds;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
