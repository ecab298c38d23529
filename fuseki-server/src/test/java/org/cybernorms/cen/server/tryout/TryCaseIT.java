package org.cybernorms.cen.server.tryout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdfconnection.RDFConnection;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /try} on a real server with the real knowledge base: conclusions of the worked
 * example, errors with their lines, the served data unchanged, the bounds. Its own server,
 * with a time limit long enough for a loaded machine (the bounds test accepts 503).
 */
class TryCaseIT {

    private static RunningServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "try")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "text/turtle").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(turtle)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
