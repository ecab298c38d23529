package org.cybernorms.cen.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.ServeOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an anonymous client on the open web may try against a real server: writing,
 * calling out with SERVICE or LOAD, walking out of the served paths, and reading stack
 * traces. Raw HTTP (java.net.http) on loopback.
 */
class ThreatsIT {

    private static final List<String> ENDPOINTS = List.of("cen", "cen/sparql", "cen/query", "cen/update", "cen/get");

    private static String base;

    @BeforeAll
    static void start() {
        base = ThreatServer.get().url();
    }

    @Test
    void noWriteOfAnyKindThroughAnyEndpoint() throws IOException {
        String before = fingerprint();
        try (ServerSocket listener = listener()) {
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/data.ttl";
            List<String> updates = List.of(
                    "INSERT DATA { <https://example.org/x> <https://example.org/p> \"written\" }",
                    "INSERT DATA { GRAPH <" + CEN.GRAPH_DATA + "> { <https://example.org/x> <https://example.org/p> 1 } }",
                    "DELETE WHERE { ?s ?p ?o }",
                    "DELETE { ?s ?p ?o } INSERT { ?s ?p \"changed\" } WHERE { ?s ?p ?o }",
                    "LOAD <" + remote + ">",
                    "LOAD <" + remote + "> INTO GRAPH <" + CEN.GRAPH_DATA + ">",
                    "LOAD <file:///etc/passwd>",
                    "CLEAR ALL", "CLEAR DEFAULT", "CLEAR GRAPH <" + CEN.GRAPH_DATA + ">",
                    "DROP ALL", "DROP GRAPH <" + CEN.GRAPH_INFERRED + ">",
                    "CREATE GRAPH <https://example.org/g>",
                    "COPY <" + CEN.GRAPH_DATA + "> TO <https://example.org/g>",
                    "MOVE <" + CEN.GRAPH_DATA + "> TO DEFAULT",
                    "ADD <" + CEN.GRAPH_ONTOLOGY + "> TO <" + CEN.GRAPH_DATA + ">");
            for (String endpoint : ENDPOINTS) {
                for (String update : updates) {
                    String enc = URLEncoder.encode(update, StandardCharsets.UTF_8);
                    refused(Web.postForm(base + endpoint, "update", update, "*/*"), "form " + endpoint, update);
                    refused(Web.send("POST", base + endpoint, "application/sparql-update", update),
                            "body " + endpoint, update);
                    // GET never updates: at most it reads (Fuseki answers a GET without a query
                    // with a Graph Store read of the default graph); the fingerprint shows nothing changed.
                    HttpResponse<String> get = Web.get(base + endpoint + "?update=" + enc, null);
                    assertThat(get.statusCode()).as("GET " + endpoint + ": " + update).isIn(200, 400, 404, 405);
                    Bodies.assertNoStackTrace(get);
                    // An update sent where a query is expected is a malformed query.
                    refused(Web.postForm(base + endpoint, "query", update, "*/*"), "as query " + endpoint, update);
                }
                String turtle = "<https://example.org/x> <https://example.org/p> \"written\" .";
                for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                    for (String target : List.of("?default", "?graph=" + enc(CEN.GRAPH_DATA), "?graph=" + enc("https://example.org/new"), "")) {
                        try {
                            refused(Web.send(method, base + endpoint + target, "text/turtle", turtle),
                                    method + " " + endpoint + target, "Graph Store");
                        } catch (java.io.UncheckedIOException e) {
                            throw new AssertionError("no answer to " + method + " " + endpoint + target, e);
                        }
                    }
                }
            }
            assertThatThrownBy(listener::accept).as("LOAD made no connection").isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(fingerprint()).as("the served data are unchanged").isEqualTo(before);
    }

    @Test
    void serviceIsRefusedOnEveryQueryEndpointAndNoConnectionIsMade() throws IOException {
        try (ServerSocket listener = listener()) {
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            List<String> queries = List.of(
                    "SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "select * { service silent <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * { VALUES ?e { <" + remote + "> } SERVICE ?e { ?s ?p ?o } }",
                    "SELECT * { BIND(<" + remote + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                    "ASK { FILTER EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } }",
                    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "DESCRIBE ?s WHERE { SERVICE <" + remote + "> { ?s ?p ?o } }",
                    "SELECT * { { SELECT ?s { SERVICE <" + remote + "> { ?s ?p ?o } } } UNION { ?s a ?t } } LIMIT 1",
                    "SELECT * { OPTIONAL { SERVICE <" + remote + "> { ?s ?p ?o } } } LIMIT 1",
                    "SELECT * { MINUS { SERVICE <" + remote + "> { ?s ?p ?o } } }");
            for (String endpoint : List.of("cen", "cen/sparql", "cen/query")) {
                for (String query : queries) {
                    HttpResponse<String> post = Web.postForm(base + endpoint, "query", query, "*/*");
                    HttpResponse<String> get = Web.get(base + endpoint + "?query=" + enc(query), "*/*");
                    for (HttpResponse<String> response : List.of(post, get)) {
                        assertThat(response.statusCode()).as(endpoint + ": " + query).isEqualTo(403);
                        Bodies.assertNoStackTrace(response);
                    }
                }
            }
            assertThatThrownBy(listener::accept).as("no connection to the other endpoint")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void pathTraversalNeverLeavesTheServedSet() {
        // Files that exist outside what is served: on the class path next to the UI, in the
        // working directory, on the system.
        List<String> secrets = List.of("rootLogger", "appender.console", "root:x:0:0", "<artifactId>cen-kg</artifactId>",
                "cens:PositionShape", "package org.cybernorms");
        List<String> targets = List.of("log4j2.properties", "shapes/positions.ttl", "pom.xml", "etc/passwd",
                "org/cybernorms/cen/server/CenServer.class", "src/main/java/org/cybernorms/cen/server/CenServer.java");
        List<String> ups = List.of("../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", "%252e%252e/", "%252e%252e%252f",
                "..\\", "..%5c", "%2e%2e%5c", "....//", ".%2e/", "%2e./", "..;/", "%c0%ae%c0%ae/", "..%00/");
        List<String> routes = List.of("", "id/", "id/state/", "ontology/", "static/", "queries/", "compare/", "$/",
                "sparql-editor/", "sparql-editor/static/", "states/");
        int checked = 0;
        for (String route : routes) {
            for (String up : ups) {
                for (String target : targets) {
                    for (int depth : new int[] {1, 6}) {
                        String path = route + up.repeat(depth) + target;
                        HttpResponse<String> response = rawGet(base + path);
                        assertThat(response.statusCode()).as(path).isIn(400, 404);
                        for (String secret : secrets) {
                            assertThat(response.body()).as(path).doesNotContain(secret);
                        }
                        Bodies.assertNoStackTrace(response);
                        checked++;
                    }
                }
            }
        }
        // The linked-data route with an IRI that is not one: never 500.
        for (String bad : List.of("id/%00", "id/state/DNK%0d%0aX-Injected:%201", "id/%3Cscript%3E",
                "id/state/..", "id/state/.", "id//", "id/state/DNK?format=../../etc/passwd")) {
            HttpResponse<String> response = rawGet(base + bad);
            assertThat(response.statusCode()).as(bad).isIn(400, 404, 406);
            assertThat(response.headers().map()).as(bad).doesNotContainKey("x-injected");
            Bodies.assertNoStackTrace(response);
        }
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void bindsToLoopbackUnlessHostSaysOtherwise() throws IOException {
        assertThat(ServeOptions.defaults().host()).isEqualTo("127.0.0.1");
        java.io.StringWriter help = new java.io.StringWriter();
        var cli = org.cybernorms.cen.server.cli.Cen.commandLine();
        cli.setOut(new java.io.PrintWriter(help));
        cli.execute("serve", "--help");
        assertThat(help.toString()).contains("--host").contains("default: 127.0.0.1");

        Optional<InetAddress> external = nonLoopbackAddress();
        int port = ThreatServer.get().port();
        assertThat(connects(InetAddress.getByName("127.0.0.1"), port)).isTrue();
        external.ifPresent(address -> assertThat(connects(address, port))
                .as("the default server is not reachable on " + address).isFalse());

        try (RunningServer everywhere = RunningServer.start(new ServeOptions("0.0.0.0", 0,
                List.of(emptyCase()), null, Duration.ofSeconds(3), false))) {
            assertThat(connects(InetAddress.getByName("127.0.0.1"), everywhere.port())).isTrue();
            external.ifPresent(address -> assertThat(connects(address, everywhere.port()))
                    .as("--host 0.0.0.0 listens on " + address).isTrue());
        }
    }

    @Test
    void errorsNeverCarryAStackTrace() {
        List<HttpRequest> requests = new ArrayList<>();
        for (String endpoint : List.of("cen", "cen/sparql", "cen/query", "cen/get", "cen/update")) {
            requests.add(get(base + endpoint + "?query=" + enc("SELECT * WHERE { ?s ?p }")));
            requests.add(get(base + endpoint + "?query="));
            requests.add(get(base + endpoint + "?graph=" + enc("not an iri")));
            requests.add(post(base + endpoint, "application/sparql-query", "SELECT"));
            requests.add(post(base + endpoint, "application/x-www-form-urlencoded", "query=%"));
            requests.add(post(base + endpoint, "text/turtle", "\u0000\u0001garbage"));
            requests.add(post(base + endpoint, "application/json", "{\"query\": 1}"));
            requests.add(HttpRequest.newBuilder(URI.create(base + endpoint)).timeout(Duration.ofSeconds(30))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
        }
        requests.add(get(base + "cen/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")));
        requests.add(get(base + "id/state/DNK?format=application/x-nothing"));
        requests.add(get(base + "queries/no-such-query"));
        requests.add(get(base + "queries/positions-on-question?question=%3Cscript%3E"));
        requests.add(get(base + "compare?states=" + enc("<x>,\"y")));
        requests.add(get(base + "compare?states=DNK"));
        requests.add(get(base + "$/server?x=" + enc("'")));
        requests.add(get(base + "$/datasets"));
        requests.add(get(base + "$/backup/cen"));
        requests.add(post(base + "$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"));
        requests.add(post(base + "$/compact/cen", "text/plain", ""));
        requests.add(post(base + "$/shutdown", "text/plain", ""));
        for (HttpRequest request : requests) {
            HttpResponse<String> response = Web.send(request);
            assertThat(response.statusCode()).as(request.method() + " " + request.uri())
                    .matches(code -> code < 500 || code == 503, "below 500, or 503 for the time limit");
            Bodies.assertNoStackTrace(response);
        }
        // Admin operations are not installed: the server still serves.
        assertThat(Web.get(base + "$/ping", null).statusCode()).isEqualTo(200);
    }

    private static void refused(HttpResponse<String> response, String how, String what) {
        assertThat(response.statusCode()).as(how + ": " + what).isBetween(400, 499);
        Bodies.assertNoStackTrace(response);
    }

    /** Triples per graph, and whether the written subject appears anywhere: changes if anything is written. */
    private static String fingerprint() {
        HttpResponse<String> counts = Web.postForm(base + "cen/sparql", "query",
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", "text/csv");
        HttpResponse<String> written = Web.postForm(base + "cen/sparql", "query",
                "ASK { { <https://example.org/x> ?p ?o } UNION { GRAPH ?g { <https://example.org/x> ?p ?o } } }", "text/csv");
        assertThat(counts.statusCode()).isEqualTo(200);
        assertThat(written.body()).contains("false");
        return counts.body();
    }

    private static ServerSocket listener() throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener.setSoTimeout(1000);
        return listener;
    }

    /** GET with the path sent as written: java.net.URI keeps the percent escapes. */
    private static HttpResponse<String> rawGet(String url) {
        // java.net.URI refuses a raw backslash: send it percent-encoded, as a browser does.
        return Web.send(HttpRequest.newBuilder(URI.create(url.replace("\\", "%5c"))).timeout(Duration.ofSeconds(30))
                .GET().build());
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpRequest post(String url, String type, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    private static Path emptyCase() throws IOException {
        return Files.writeString(Files.createTempDirectory("cen-issue-8-bind").resolve("empty.ttl"), "");
    }
}
