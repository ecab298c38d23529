package org.cybernorms.cen.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One real server for the integration tests of this JVM (reasoning takes seconds, so it is
 * started once): port 0 on loopback, the bundled ontology and data, the researcher's case
 * of {@code issue-5-researcher-case/} and a generated file, and a short query time limit.
 * Stopped when the JVM exits.
 */
public final class SharedServer {

    /** The query time limit of the shared server. */
    static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** Triples in the generated file. */
    static final int GENERATED = 2_000;

    private static RunningServer server;

    private SharedServer() {}

    public static synchronized RunningServer get() {
        if (server == null) {
            Path dir = fixtures();
            ServeOptions options = ServeOptions.defaults().withPort(0).withTimeout(TIMEOUT)
                    .withData(List.of(dir.resolve("case.ttl"), dir.resolve("generated.ttl")));
            server = RunningServer.start(options);
            RunningServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return server;
    }

    private static Path fixtures() {
        try {
            Path dir = Files.createTempDirectory("cen-server-it");
            try (InputStream in = SharedServer.class.getResourceAsStream("/issue-5-researcher-case/case.ttl")) {
                Files.copy(in, dir.resolve("case.ttl"));
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve("generated.ttl"), StandardCharsets.UTF_8)) {
                out.write("# Generated for the time-limit test: a chain of plain triples.\n");
                for (int i = 0; i < GENERATED; i++) {
                    out.write("<https://example.org/issue-5/n" + i + "> <https://example.org/issue-5/next> "
                            + "<https://example.org/issue-5/n" + (i + 1) + "> .\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
