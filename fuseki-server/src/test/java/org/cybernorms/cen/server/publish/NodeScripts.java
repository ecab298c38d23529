package org.cybernorms.cen.server.publish;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node scripts of {@code src/test/node/} (engines that are not Jena). Without
 * {@code node} on the PATH the calling test is skipped, saying so; with node but without
 * the npm packages it fails, saying to run {@code npm ci} there (CI does, in .ci/run).
 */
final class NodeScripts {

    /** The packages package.json pins; each must be installed. */
    static final List<String> PACKAGES = List.of("n3", "jsonld", "rdfxml-streaming-parser", "@comunica/query-sparql");

    private NodeScripts() {}

    static Path folder() {
        return Path.of(System.getProperty("basedir", ".")).resolve("src/test/node").toAbsolutePath().normalize();
    }

    /** Skips without node; fails without the npm packages. */
    static void require() {
        String version;
        try {
            version = run(Duration.ofSeconds(30), List.of("--version")).strip();
        } catch (UncheckedIOException e) {
            Assumptions.abort("node is not installed (" + e.getCause().getMessage() + "): the tests with engines "
                    + "other than Jena are skipped. Install Node.js 20 or later and run `npm ci` in " + folder());
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String pkg : PACKAGES) {
            if (!Files.isRegularFile(folder().resolve("node_modules").resolve(pkg).resolve("package.json"))) {
                missing.add(pkg);
            }
        }
        if (!missing.isEmpty()) {
            fail("The npm packages " + missing + " are not installed for node " + version + ": run "
                    + "`npm ci --no-audit --no-fund` in " + folder() + " (.ci/run does this before the build).");
        }
    }

    /** Runs {@code node ARGS} in the scripts' folder; returns standard output, fails on a non-zero exit. */
    static String run(Duration timeout, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder().toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> copy(process.getErrorStream(), err), "node-stderr");
        drain.start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("node " + args + " did not finish in " + timeout);
            }
            drain.join(5_000);
            String stdout = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail("node " + args + " exited with " + process.exitValue() + ":\n" + stdout + "\n"
                        + err.toString(StandardCharsets.UTF_8));
            }
            return stdout;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // The process ended; what was read is kept.
        }
    }
}
