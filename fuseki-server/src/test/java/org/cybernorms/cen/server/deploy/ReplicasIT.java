package org.cybernorms.cen.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code deploy/replicas.sh} with two replicas behind Debian's nginx, on loopback, as a
 * user runs it: nginx answers as one replica does; the cache answers a second GET; 8
 * readers see no failed request while a replica is killed and started again, nor during a
 * rolling restart; and after the rolling restart changed the data, nothing old is served.
 * The figures of the load are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    /** Readers, and the bounds of each load. */
    private static final int CLIENTS = 8;
    private static final long MAX_REQUESTS = 200_000;
    private static final Duration MAX_LOAD = Duration.ofSeconds(240);
    /** Generous: on 2 shared cores a replica reasons for a few seconds, much longer under load. */
    private static final Duration START = Duration.ofSeconds(240);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PAGE = "id/state/deploy-test-state";

    @TempDir
    static Path dir;
    private static Path data;
    private static Replicas replicas;

    @BeforeAll
    static void start() throws IOException {
        assertThat(Replicas.nginx()).as("Debian's nginx is needed (./run-tests installs it: apt-get install nginx)")
                .isNotNull();
        assertThat(Replicas.JAR).as("the runnable jar (mvn package builds it)").isRegularFile();
        data = dir.resolve("case.ttl");
        writeData("first data");
        replicas = Replicas.start(2, dir.resolve("run"), START, "--data", data.toString());
    }

    @AfterAll
    static void stop() throws InterruptedException, IOException {
        if (replicas != null) {
            assertThat(replicas.stop()).as("replicas.sh exits 0 on SIGTERM").isZero();
        }
    }

    private static void writeData(String label) throws IOException {
        Files.writeString(data, """
                @base <https://w3id.org/cyber-election-norms/id/> .
                @prefix cen: <https://w3id.org/cyber-election-norms/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <state/deploy-test-state> a cen:HypotheticalState ;
                    rdfs:label "Deploy test State, %s"@en .
                """.formatted(label));
    }

    @Test
    @Order(1)
    void throughNginxEveryAnswerIsTheReplicasOwn() {
        String replica = replicas.replicaUrl(0);
        String sparql = "cen/sparql?query=" + URLEncoder.encode(
                "SELECT ?s ?label { ?s a <https://w3id.org/cyber-election-norms/ontology#State> ; "
                        + "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label", StandardCharsets.UTF_8);
        for (String[] request : List.of(
                new String[] {"queries", "text/html"},
                new String[] {"queries/positions-on-question?question=countermeasures-prior-notification", "text/html"},
                new String[] {"queries/positions-on-question?question=countermeasures-prior-notification", "text/csv"},
                new String[] {"queries/coverage", "application/sparql-results+json"},
                new String[] {"id/state/DNK", "text/html"},
                new String[] {"id/state/DNK", "text/turtle"},
                new String[] {PAGE, "application/ld+json"},
                new String[] {"compare?states=DNK,ISR", "text/html"},
                new String[] {"matrix", "text/html"},
                new String[] {"dumps/cen-kg-asserted.nt", "*/*"},
                new String[] {"dumps/cen-kg-all.ttl.gz", "*/*"},
                new String[] {sparql, "application/sparql-results+json"},
                new String[] {sparql, "text/csv"})) {
            HttpResponse<byte[]> direct = get(replica + request[0], request[1], null);
            HttpResponse<byte[]> proxied = get(replicas.url() + request[0], request[1], null);
            String what = request[0] + " as " + request[1];
            assertThat(direct.statusCode()).as(what).isEqualTo(200);
            assertThat(proxied.statusCode()).as(what).isEqualTo(200);
            assertThat(proxied.headers().firstValue("Content-Type")).as(what).isEqualTo(direct.headers().firstValue("Content-Type"));
            assertThat(proxied.headers().firstValue("ETag")).as(what).isEqualTo(direct.headers().firstValue("ETag"));
            if (request[0].startsWith("dumps/")) {
                // Each replica names the blank nodes of its dump itself.
                assertThat(graph(proxied.body(), request[0]).isIsomorphicWith(graph(direct.body(), request[0])))
                        .as(what).isTrue();
            } else {
                assertThat(proxied.body()).as(what).isEqualTo(direct.body());
            }
        }
        String query = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
        assertThat(post(replicas.url() + "cen/sparql", query)).isEqualTo(post(replica + "cen/sparql", query));
    }

    @Test
    @Order(2)
    void aSecondGetIsServedFromNginxsCache() {
        String url = replicas.url() + "id/state/ISR";
        HttpResponse<byte[]> first = get(url, "text/turtle", null);
        HttpResponse<byte[]> second = get(url, "text/turtle", null);
        assertThat(first.headers().firstValue("X-Cache-Status")).contains("MISS");
        assertThat(second.headers().firstValue("X-Cache-Status")).contains("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated = get(url, "text/turtle", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.headers().firstValue("X-Cache-Status")).contains("HIT");
        // Errors and POSTs never come from the cache, however often they are asked.
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> missing = get(replicas.url() + "id/state/XXX", "text/html", null);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("X-Cache-Status")).isNotEqualTo(Optional.of("HIT"));
            HttpResponse<byte[]> posted = send(HttpRequest.newBuilder(URI.create(replicas.url() + "cen/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
            assertThat(posted.statusCode()).isEqualTo(200);
            assertThat(posted.headers().firstValue("X-Cache-Status")).isNotEqualTo(Optional.of("HIT"));
        }
    }

    @Test
    @Order(3)
    void noFailedRequestWhileAReplicaIsKilledAndStartedAgain() throws Exception {
        int mark = replicas.mark();
        long victim = replicas.replicaPid(0);
        try (Traffic traffic = Traffic.start(replicas.url(), CLIENTS, MAX_REQUESTS, MAX_LOAD)) {
            Thread.sleep(2_000);
            long killed = System.nanoTime();
            Replicas.signal("KILL", victim);
            replicas.awaitFrom(mark, Pattern.compile("replicas: replica 0 back .*"), START);
            double restart = (System.nanoTime() - killed) / 1e9;
            Thread.sleep(2_000);
            traffic.stop();
            System.out.printf("replica killed under load, back after %.1f s; %s%n", restart, traffic.report());
            assertThat(traffic.failures()).as(traffic.report()).isEmpty();
            assertThat(traffic.answered()).isPositive();
        }
    }

    @Test
    @Order(4)
    void aRollingRestartFailsNoRequestAndServesNothingStale() throws Exception {
        HttpResponse<byte[]> before = get(replicas.url() + PAGE, "text/html", null);
        HttpResponse<byte[]> cached = get(replicas.url() + PAGE, "text/html", null);
        assertThat(text(before)).contains("Deploy test State, first data");
        assertThat(cached.headers().firstValue("X-Cache-Status")).contains("HIT");

        writeData("second data");
        int mark = replicas.mark();
        try (Traffic traffic = Traffic.start(replicas.url(), CLIENTS, MAX_REQUESTS, MAX_LOAD)) {
            long t0 = System.nanoTime();
            replicas.rollingRestart();
            replicas.awaitFrom(mark, Pattern.compile("replicas: rolled: generation 1 on every replica"), START.multipliedBy(2));
            double rolled = (System.nanoTime() - t0) / 1e9;
            traffic.stop();
            System.out.printf("rolling restart of 2 replicas under load in %.1f s; %s%n", rolled, traffic.report());
            assertThat(traffic.failures()).as(traffic.report()).isEmpty();
        }

        HttpResponse<byte[]> after = get(replicas.url() + PAGE, "text/html", null);
        assertThat(text(after)).contains("Deploy test State, second data").doesNotContain("first data");
        assertThat(after.headers().firstValue("X-Cache-Status")).isNotEqualTo(Optional.of("HIT"));
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        // A browser revalidating its old copy gets the new page, not 304.
        HttpResponse<byte[]> revalidated = get(replicas.url() + PAGE, "text/html",
                before.headers().firstValue("ETag").orElseThrow());
        assertThat(revalidated.statusCode()).isEqualTo(200);
        assertThat(text(revalidated)).contains("second data");
    }

    private static Model graph(byte[] body, String name) {
        try (InputStream in = name.endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(body))
                : new ByteArrayInputStream(body)) {
            Model model = ModelFactory.createDefaultModel();
            RDFDataMgr.read(model, in, RDFLanguages.filenameToLang(name.replace(".gz", "")));
            assertThat(model.size()).as(name).isPositive();
            return model;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String url, String accept, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build());
    }

    private static String post(String url, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<byte[]> answer = send(request);
        assertThat(answer.statusCode()).isEqualTo(200);
        return text(answer);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
