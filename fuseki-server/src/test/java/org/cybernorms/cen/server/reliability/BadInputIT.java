package org.cybernorms.cen.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cybernorms.cen.core.Inputs;
import org.cybernorms.cen.reasoner.Engine;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.cybernorms.cen.server.cli.Cen;
import org.cybernorms.cen.server.store.DatasetBuilder;
import org.cybernorms.cen.server.store.ServedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, one folder a case, each with
 * an {@code expect.properties}) run through {@code cen validate}, {@code cen reason},
 * {@code cen explain --data} and {@code cen serve --data}, in this JVM through the same picocli command line the jar runs.
 * Each case asserts the exit code and the exact error: the first line of the message for
 * Turtle and file errors, every violation line (shape, node, path) for SHACL, every
 * clashing statement for inconsistency. {@code serve} must return before it listens (its
 * port is not bound and it never prints its start line), and {@code reason} writes nothing.
 */
class BadInputIT {

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validate(String name) throws IOException {
        Case c = Case.load(name);
        Run run = cen("validate", c.input.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(c.exit);
        if (c.exit == 0) {
            assertThat(run.out).contains("valid: the shapes hold and the data are consistent with the ontology");
            assertThat(run.out).as("an empty file adds nothing to the counts").isEqualTo(cen("validate").out);
            return;
        }
        switch (c.error) {
            case "SHACL_VIOLATION" -> {
                for (String violation : c.list("violation")) {
                    assertThat(run.errLines()).as(run.toString()).contains("SHACL_VIOLATION: " + violation);
                }
                assertThat(run.errLines()).as(run.toString())
                        .contains("invalid: " + c.list("violation").size() + " error(s)");
            }
            case "INCONSISTENT_DATA" -> assertInconsistency(run, c.list("clash"));
            default -> assertThat(run.firstErrLine()).isEqualTo(c.error + ": " + c.message());
        }
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reason(String name) throws IOException {
        Case c = Case.load(name);
        Path out = tmp.resolve("inferred.ttl");
        Run run = cen("reason", c.input.toString(), "--out", out.toString(), "--format", "ntriples");
        assertThat(run.exit).as(run.toString()).isEqualTo(c.exit);
        if (c.exit == 0) {
            Path without = tmp.resolve("without.ttl");
            assertThat(cen("reason", "--out", without.toString(), "--format", "ntriples").exit).isZero();
            assertThat(Files.readAllLines(out)).as("an empty file changes no inference")
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(without));
            return;
        }
        assertThat(out).as("reason writes nothing from bad input").doesNotExist();
        assertServeOrReasonError(c, run);
    }

    /** {@code cen explain} loads, checks and reasons as the other commands do: --data before the triple works. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void explain(String name) throws IOException {
        Case c = Case.load(name);
        Run run = cen("explain", "--data", c.input.toString(),
                "cenid:operation/dnc-2016", "cen:allegedlyAttributableTo", "cenid:state/RUS");
        assertThat(run.exit).as(run.toString()).isEqualTo(c.exit);
        if (c.exit == 0) {
            assertThat(run.out).contains("cenid:operation/dnc-2016").contains("sources:");
            return;
        }
        assertThat(run.out).as("nothing is explained over bad input").isEmpty();
        assertServeOrReasonError(c, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void serve(String name) throws IOException {
        Case c = Case.load(name);
        if (c.exit == 0) {
            ServedDataset without = DatasetBuilder.forServing(Inputs.bundledWith(List.of()), null, Engine.DEFAULT);
            try (RunningServer server = RunningServer.start(ServeOptions.defaults().withPort(0).withData(List.of(c.input)))) {
                assertThat(server.served().loaded()).as("an empty file adds no triple").isEqualTo(without.loaded());
                assertThat(server.served().inferred()).isEqualTo(without.inferred());
            }
            return;
        }
        int port = freePort();
        Path tdb2 = tmp.resolve("store");
        Run run = cen("serve", "--port", Integer.toString(port), "--tdb2", tdb2.toString(), "--data", c.input.toString());
        assertThat(run.exit).as(run.toString()).isEqualTo(c.exit);
        assertThat(run.out).as("no start line").doesNotContain("serving");
        assertThat(listening(port)).as("nothing listens on " + port).isFalse();
        assertThat(tdb2).as("nothing half loaded: no TDB2 store was made").doesNotExist();
        assertServeOrReasonError(c, run);
    }

    /** A folder where a file was expected: {@code reason --out} names a folder. Refused before reasoning. */
    @Test
    void reasonOutIntoAFolderIsRefusedBeforeTheWork() throws IOException {
        Path folder = Files.createDirectory(tmp.resolve("out-folder"));
        Run run = cen("reason", "--out", folder.toString());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.firstErrLine())
                .isEqualTo("CANNOT_WRITE_OUTPUT: " + folder + ": is a folder; --out names the file to write");
        assertThat(run.out).doesNotContain("violations");
        try (Stream<Path> inside = Files.list(folder)) {
            assertThat(inside).isEmpty();
        }
        assertNoStackTrace(run);
    }

    /**
     * Bad input to an existing TDB2 store: the store is left as it was (same files, same
     * bytes, same recorded hash), and the next good start reuses it.
     */
    @Test
    void badInputLeavesAnExistingStoreAsItWas() throws IOException {
        Path store = tmp.resolve("store");
        try (RunningServer first = RunningServer.start(ServeOptions.defaults().withPort(0).withTdb2(store))) {
            assertThat(first.served().reused()).isFalse();
        }
        TreeMap<String, Long> before = sizes(store);
        String hash = Files.readString(store.resolve("cen-inputs.sha256"));
        Case c = Case.load("meaning-position-without-citation");
        Run run = cen("serve", "--port", "0", "--tdb2", store.toString(), "--data", c.input.toString());
        assertThat(run.exit).isEqualTo(1);
        assertThat(sizes(store)).isEqualTo(before);
        assertThat(Files.readString(store.resolve("cen-inputs.sha256"))).isEqualTo(hash);
        try (RunningServer again = RunningServer.start(ServeOptions.defaults().withPort(0).withTdb2(store))) {
            assertThat(again.served().reused()).as("still the good store").isTrue();
        }
    }

    private static void assertServeOrReasonError(Case c, Run run) {
        switch (c.error) {
            case "SHACL_VIOLATION" -> {
                List<String> violations = c.list("violation");
                assertThat(run.firstErrLine()).isEqualTo("SHACL_VIOLATION: ontology + data: "
                        + violations.size() + " violation(s) of the shapes:");
                assertThat(run.errLines().subList(1, 1 + violations.size()))
                        .containsExactlyInAnyOrderElementsOf(violations.stream().map(v -> "  " + v).toList());
            }
            case "INCONSISTENT_DATA" -> assertInconsistency(run, c.list("clash"));
            default -> assertThat(run.firstErrLine()).isEqualTo(c.error + ": " + c.message());
        }
        assertNoStackTrace(run);
    }

    /** The explanation's statements, exactly: the indented lines after the header. */
    private static void assertInconsistency(Run run, List<String> clashes) {
        List<String> lines = run.errLines();
        int header = lines.indexOf("INCONSISTENT_DATA: ontology + data: the data contradict the ontology;"
                + " these statements together are inconsistent:");
        assertThat(header).as(run.toString()).isNotNegative();
        List<String> statements = lines.subList(header + 1, lines.size()).stream()
                .takeWhile(line -> line.startsWith("  ")).map(String::strip).toList();
        assertThat(statements).as(run.toString()).containsExactlyInAnyOrderElementsOf(clashes);
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.out).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static Run cen(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Cen.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(List.of(args), exit, out.toString(), err.toString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static TreeMap<String, Long> sizes(Path dir) throws IOException {
        TreeMap<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                sizes.put(dir.relativize(p).toString(), Files.size(p));
            }
        }
        return sizes;
    }

    static Path corpus() {
        try {
            return Path.of(BadInputIT.class.getResource("/bad-input").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One case of the corpus: its input and what cen must say. */
    record Case(Path dir, Path input, int exit, String error, Properties expect) {

        static Case load(String name) throws IOException {
            Path dir = corpus().resolve(name);
            Properties expect = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("expect.properties"))) {
                expect.load(in);
            }
            return new Case(dir, dir.resolve(expect.getProperty("input")),
                    Integer.parseInt(expect.getProperty("exit")), expect.getProperty("error"), expect);
        }

        String message() {
            return expand(expect.getProperty("message"));
        }

        /** The values of key.1, key.2, ... in order. */
        List<String> list(String key) {
            List<String> values = new ArrayList<>();
            for (int i = 1; expect.containsKey(key + "." + i); i++) {
                values.add(expand(expect.getProperty(key + "." + i)));
            }
            assertThat(values).as(key + " in " + dir).isNotEmpty();
            return values;
        }

        private String expand(String text) {
            return text.replace("${input}", input.toString()).replace("${dir}", dir.toString());
        }
    }

    /** What a command printed and returned. */
    record Run(List<String> args, int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        String firstErrLine() {
            return err.lines().findFirst().orElse("");
        }

        @Override
        public String toString() {
            return "cen " + String.join(" ", args) + " -> exit " + exit + "\nstderr:\n" + err;
        }
    }
}
