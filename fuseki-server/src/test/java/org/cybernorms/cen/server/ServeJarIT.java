package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user starts it ({@code java -jar cen.jar serve}), in a 256 MB heap:
 * the start-up line, serving, TDB2 reuse, and bad input stopping it before it listens.
 */
class ServeJarIT {

    private static final Pattern READY = Pattern.compile(
            "CEN-KG serving (http://\\S+/) \\(SPARQL \\S+\\): (\\d+) triples loaded, (\\d+) inferred(.*); ready in ([0-9.]+) s");

    @TempDir
    Path dir;

    @Test
    void servesTheRealDataInA256MegabyteHeapAndReusesTdb2() throws Exception {
        Ready memory = serve("-Xmx256m", "serve", "--port", "0");
        Path tdb2 = dir.resolve("tdb2");
        Ready first = serve("-Xmx256m", "serve", "--port", "0", "--tdb2", tdb2.toString());
        Ready second = serve("-Xmx256m", "serve", "--port", "0", "--tdb2", tdb2.toString());
        assertThat(memory.reused).isFalse();
        assertThat(first.reused).isFalse();
        assertThat(second.reused).as("unchanged inputs: the TDB2 store is reused").isTrue();
        assertThat(second.loaded).isEqualTo(first.loaded).isEqualTo(memory.loaded);
        assertThat(second.inferred).isEqualTo(first.inferred).isEqualTo(memory.inferred);
        assertThat(Files.exists(tdb2.resolve("cen-inputs.sha256"))).isTrue();
        System.out.printf("time to ready (-Xmx256m): in memory %.1f s, TDB2 first %.1f s, TDB2 reused %.1f s%n",
                memory.seconds, first.seconds, second.seconds);
    }

    @Test
    void badInputStopsItBeforeItListens() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix x: <http://example.org/> .\nx:a x:b x:c ;\n  x:d .\n");
        Process process = start("serve", "--port", "0", "--data", bad.toString());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).startsWith("TURTLE_SYNTAX: " + bad + ":3:");
        assertThat(out).doesNotContain("serving");
    }

    /** Starts the jar, waits for its ready line, checks it answers a query, stops it. */
    private Ready serve(String heap, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        Process process = start(heap, all);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the start-up line (stderr: %s)", line == null ? readAll(process) : "").isNotNull();
            Matcher m = READY.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            String url = m.group(1);
            assertThat(Http.get(url + "$/ping", null).statusCode()).isEqualTo(200);
            var answer = Http.postForm(url + "cen/sparql", "query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(answer.body().lines().skip(1).findFirst().orElseThrow().strip())).isPositive();
            return new Ready(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    m.group(4).contains("reused"), Double.parseDouble(m.group(5)));
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private Process start(String... args) throws IOException {
        return start(null, List.of(args));
    }

    private Process start(String heap, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (heap != null) {
            command.add(heap);
        }
        command.add("-jar");
        command.add(System.getProperty("cen.jar", "target/cen.jar"));
        command.addAll(args);
        return new ProcessBuilder(command).start();
    }

    private static String readAll(Process process) throws IOException {
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private record Ready(long loaded, long inferred, boolean reused, double seconds) {}
}
