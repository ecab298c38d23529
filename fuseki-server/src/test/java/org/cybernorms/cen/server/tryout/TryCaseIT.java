package org.cybernorms.cen.server.tryout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.cybernorms.cen.server.security.Web;
import org.cybernorms.cen.generator.DataGenerator;
import org.cybernorms.cen.generator.GeneratorSettings;
import org.cybernorms.cen.server.cli.Cen;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /try} on a real server with the real knowledge base: conclusions of the worked
 * example, the same answer as {@code cen reason --data case.ttl}, the form's multipart
 * body, errors with their lines, the served data unchanged, the bounds. Its own server,
 * with a time limit long enough for a loaded machine (the bounds test accepts 503).
 */
class TryCaseIT {

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(ServeOptions.defaults().withPort(0).withTimeout(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String example() {
        try (InputStream in = TryCaseIT.class.getClassLoader().getResourceAsStream("tryout/example.ttl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> post(String turtle, String accept) {
        return post(server, turtle, accept);
    }

    /** Posts the case as the body ({@code text/turtle}) to the server's {@code /try}. */
    static HttpResponse<String> post(RunningServer server, String turtle, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "try")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/turtle").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(turtle)).build();
        return Web.send(request);
    }

    private static long count(String pattern) {
        try (RDFConnection sparql = RDFConnection.queryConnect(server.sparqlUrl())) {
            long[] n = new long[1];
            sparql.querySelect("PREFIX cen: <https://w3id.org/cyber-election-norms/ontology#> SELECT (COUNT(*) AS ?n) WHERE { "
                    + pattern + " }", row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    @Test
    void theWorkedExampleGivesItsConclusionsAsTurtleAndAsAPage() {
        HttpResponse<String> turtle = post(example(), "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Cache-Control")).contains("no-store");
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE).parse(model);
        String op = "https://w3id.org/cyber-election-norms/id/operation/example-registry-manipulation";
        String stateA = "https://w3id.org/cyber-election-norms/id/state/example-state-a";
        var cen = "https://w3id.org/cyber-election-norms/ontology#";
        assertThat(model.contains(model.createResource(op), model.createProperty(cen + "attributableTo"),
                model.createResource(stateA))).isTrue();
        assertThat(model.contains(model.createResource(op), model.createProperty(cen + "violates"),
                model.createResource("https://w3id.org/cyber-election-norms/id/norm/non-intervention"))).isTrue();

        HttpResponse<String> jsonLd = post(example(), "application/ld+json");
        assertThat(jsonLd.statusCode()).isEqualTo(200);
        assertThat(jsonLd.body()).contains("example-registry-manipulation");

        HttpResponse<String> page = post(example(), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Attributions, official and alleged").contains("Norm assessments")
                .contains("The service altered entries in the voter registry.");
    }

    @Test
    void theServedDatasetIsUnchangedAfterTries() {
        long before = count("?s ?p ?o");
        assertThat(post(example(), "text/turtle").statusCode()).isEqualTo(200);
        assertThat(count("?s ?p ?o")).isEqualTo(before);
        assertThat(count("<https://w3id.org/cyber-election-norms/id/operation/example-registry-manipulation> ?p ?o"))
                .isZero();
    }

    @Test
    void aSyntaxErrorIsShownWithItsLine() {
        String bad = "@prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .\n\n<a> nosuch:x <b> .\n<c> cen:x <d> .\n";
        HttpResponse<String> answer = post(bad, "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("TURTLE_SYNTAX").contains("your case:3");
        assertThat(post(bad, "text/html").body()).contains("line 3");
    }

    @Test
    void aShapeViolationIsShownWithTheLineOfItsNode() {
        // A position without its citation breaks the shapes.
        String bad = example() + "\n<position/example-state-a/countermeasures-prior-notification> a cen:Position ;\n"
                + "    cen:heldBy <state/example-state-a> ;\n"
                + "    cen:answer <question/countermeasures-prior-notification/required> .\n";
        int line = (int) bad.lines().takeWhile(l -> !l.startsWith("<position/example-state-a")).count() + 1;
        HttpResponse<String> answer = post(bad, "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("SHACL_VIOLATION").contains("your case:" + line + ":");
    }

    @Test
    void anInconsistencyIsShownWithTheLinesOfItsStatements() {
        // A State that is also a person contradicts disjoint classes.
        String bad = example() + "\n<state/example-state-a> a cen:Person .\n";
        HttpResponse<String> answer = post(bad, "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).startsWith("INCONSISTENT_DATA").contains("your case:");
    }

    @Test
    void aBodyPastOneMegabyteIs413() {
        String big = "# " + "x".repeat(CaseBody.MAX_BYTES + 10) + "\n";
        assertThat(post(big, "text/turtle").statusCode()).isEqualTo(413);
    }

    @Test
    void sixteenTriesAtOnceGetAnswersOr503NeverAnError() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(clients.submit(() -> post(example(), "text/turtle")));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).allMatch(s -> s == 200 || s == 503);
            assertThat(statuses).contains(200).contains(503);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theTurtleAnswerIsWhatCenReasonConcludesAboutTheCase(@TempDir Path dir) throws IOException {
        // The benchmark's case: ten generated operations with their claims, States and positions.
        List<Path> files = DataGenerator.generate(new GeneratorSettings(4, 10, 4, 1), dir.resolve("generated"));
        StringBuilder turtle = new StringBuilder();
        for (Path file : files) {
            turtle.append(Files.readString(file)).append('\n');
        }
        Path caseFile = dir.resolve("case.ttl");
        Files.writeString(caseFile, turtle);
        Path withCase = dir.resolve("with-case.ttl");
        Path alone = dir.resolve("alone.ttl");
        assertThat(Cen.commandLine().execute("reason", "--data", caseFile.toString(), "--out", withCase.toString())).isZero();
        assertThat(Cen.commandLine().execute("reason", "--out", alone.toString())).isZero();
        Model expected = RDFDataMgr.loadModel(withCase.toString()).difference(RDFDataMgr.loadModel(alone.toString()));

        HttpResponse<String> answer = post(turtle.toString(), "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(200);
        Model tried = ModelFactory.createDefaultModel();
        RDFParser.fromString(answer.body(), Lang.TURTLE).parse(tried);
        assertThat(expected.size()).isGreaterThan(50);
        assertThat(tried.isIsomorphicWith(expected)).as("only /try: %s; only cen reason: %s",
                tried.difference(expected).listStatements().toList(), expected.difference(tried).listStatements().toList())
                .isTrue();
    }

    @Test
    void theFormsMultipartBodyIsReadFromTheFileOrTheTextField() {
        // The file wins over the text field, as the page says.
        String uploaded = example().replace("Example State A", "Uploaded State A");
        HttpResponse<String> file = postMultipart(List.of(Part.text("case", "this is not Turtle"),
                Part.file("file", "my-case.ttl", uploaded), Part.text("justify", "false")), "text/turtle");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("example-registry-manipulation").contains("attributableTo");

        HttpResponse<String> text = postMultipart(List.of(Part.text("case", example()), Part.file("file", "", "")),
                "text/html");
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("Attributions, official and alleged");

        HttpResponse<String> empty = postMultipart(List.of(Part.text("case", "  "), Part.file("file", "", "")), "text/turtle");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("The case is empty");

        HttpResponse<String> broken = postMultipart(List.of(Part.file("file", "bad.ttl", "<a> <b> .\n")), "text/turtle");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).startsWith("TURTLE_SYNTAX");

        String big = "# " + "x".repeat(CaseBody.MAX_BYTES + 10) + "\n";
        HttpResponse<String> bigFile = postMultipart(List.of(Part.file("file", "big.ttl", big)), "text/turtle");
        assertThat(bigFile.statusCode()).as(bigFile.body()).isEqualTo(413);
        HttpResponse<String> bigText = postMultipart(List.of(Part.text("case", big)), "text/turtle");
        assertThat(bigText.statusCode()).as(bigText.body()).isEqualTo(413);
    }

    /** A part of a {@code multipart/form-data} body: a field, or a file when {@code filename} is set. */
    record Part(String name, String filename, String content) {
        static Part text(String name, String content) {
            return new Part(name, null, content);
        }

        static Part file(String name, String filename, String content) {
            return new Part(name, filename, content);
        }
    }

    /** Posts the parts as a browser posts the form ({@code multipart/form-data}). */
    static HttpResponse<String> postMultipart(List<Part> parts, String accept) {
        String boundary = "----cen-try-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (Part part : parts) {
            body.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                    .append(part.name()).append('"');
            if (part.filename() != null) {
                body.append("; filename=\"").append(part.filename()).append("\"\r\nContent-Type: ")
                        .append(part.filename().isEmpty() ? "application/octet-stream" : "text/turtle");
            }
            body.append("\r\n\r\n").append(part.content()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "try")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return Web.send(request);
    }
}
