package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cybernorms.cen.core.CEN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoint of a real server: queries, read-only, errors, time limit, SERVICE. */
class SparqlEndpointIT {

    private static RunningServer server;
    private static String base;

    @BeforeAll
    static void start() {
        server = SharedServer.get();
        base = server.url();
    }

    @Test
    void namedGraphsAreServedAndTheDefaultGraphIsTheirUnion() {
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            Map<String, Long> perGraph = new HashMap<>();
            conn.querySelect("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                    (QuerySolution row) -> perGraph.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
            assertThat(perGraph).containsOnlyKeys(CEN.GRAPH_ONTOLOGY, CEN.GRAPH_DATA, CEN.GRAPH_INFERRED);
            assertThat(perGraph.values()).allSatisfy(n -> assertThat(n).isPositive());

            long[] distinctInUnion = new long[1];
            conn.querySelect("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }",
                    row -> distinctInUnion[0] = row.getLiteral("n").getLong());
            long[] inDefault = new long[1];
            conn.querySelect("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", row -> inDefault[0] = row.getLiteral("n").getLong());
            assertThat(inDefault[0]).isEqualTo(distinctInUnion[0]);

            // Graph Store Protocol read of the default graph gives the union too.
            Model viaGsp = RDFConnection.connect(base + "cen/get").fetch();
            assertThat(viaGsp.size()).isEqualTo(inDefault[0]);
            Model inferred = RDFConnection.connect(base + "cen/get").fetch(CEN.GRAPH_INFERRED);
            assertThat(inferred.size()).isEqualTo(perGraph.get(CEN.GRAPH_INFERRED));
        }
    }

    @Test
    void rawHttpQueryAtBothEndpoints() {
        for (String endpoint : new String[] {"cen/sparql", "cen/query"}) {
            HttpResponse<String> response = Http.get(base + endpoint + "?query="
                    + java.net.URLEncoder.encode("ASK { ?s a <" + CEN.State.getURI() + "> }", java.nio.charset.StandardCharsets.UTF_8),
                    "application/sparql-results+json");
            assertThat(response.statusCode()).as(endpoint).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
            assertThat(response.body().replaceAll("\\s", "")).contains("\"boolean\":true");
        }
        assertThat(Http.get(base + "$/ping", null).statusCode()).isEqualTo(200);
    }

    @Test
    void updatesAndGraphStoreWritesAre405AndChangeNothing() {
        long before = count();
        String update = "INSERT DATA { <https://example.org/x> <https://example.org/p> \"written\" }";
        assertThat(Http.postForm(base + "cen/update", "update", update, "*/*").statusCode()).isEqualTo(405);
        assertThat(Http.postForm(base + "cen", "update", update, "*/*").statusCode()).isEqualTo(405);
        assertThat(Http.send("POST", base + "cen/update", "application/sparql-update", update).statusCode()).isEqualTo(405);
        String turtle = "<https://example.org/x> <https://example.org/p> \"written\" .";
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            assertThat(Http.send(method, base + "cen/get?default", "text/turtle", turtle).statusCode())
                    .as(method).isEqualTo(405);
            assertThat(Http.send(method, base + "cen?graph=" + CEN.GRAPH_DATA, "text/turtle", turtle).statusCode())
                    .as(method + " on the dataset").isEqualTo(405);
        }
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            assertThatThrownBy(() -> conn.update(update)).hasMessageContaining("405");
        }
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedQueryIs400WithTheParsersMessage() {
        HttpResponse<String> response = Http.postForm(base + "cen/sparql", "query", "SELECT * WHERE { ?s ?p }", "*/*");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Parse error").contains("line 1, column 24");
        assertThat(response.body()).doesNotContain("at org.apache");
    }

    @Test
    void queryPastTheTimeLimitIs503() {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.postForm(base + "cen/sparql", "query",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(millis).isLessThan(SharedServer.TIMEOUT.toMillis() * 10);
        assertThat(response.body()).doesNotContain("at org.apache");
    }

    @Test
    void serviceIsRefusedAndNoConnectionIsMade() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(1000);
            String remote = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            for (String query : new String[] {
                "SELECT * { SERVICE <" + remote + "> { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <" + remote + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * { { SELECT ?s { SERVICE SILENT <" + remote + "> { ?s ?p ?o } } } }"}) {
                HttpResponse<String> response = Http.postForm(base + "cen/sparql", "query", query, "*/*");
                assertThat(response.statusCode()).as(query).isEqualTo(403);
                assertThat(response.body()).contains("SERVICE is disabled").contains("--allow-service");
            }
            assertThatThrownBy(listener::accept).as("the server must not have connected")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void researchersFileIsReasonedWithTheData() {
        String op = CEN.ID + "operation/issue-5-registry-manipulation";
        String stateA = CEN.ID + "state/issue-5-state-a";
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            assertThat(conn.queryAsk("ASK { GRAPH <" + CEN.GRAPH_INFERRED + "> { <" + op + "> <"
                    + CEN.attributableTo.getURI() + "> <" + stateA + "> } }"))
                    .as("the organ's operation is attributable to its State").isTrue();
            assertThat(conn.queryAsk("ASK { GRAPH <" + CEN.GRAPH_INFERRED + "> { <" + op + "> <"
                    + CEN.violates.getURI() + "> ?norm } }"))
                    .as("manipulating another State's voter registry violates a norm").isTrue();
        }
    }

    private long count() {
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            long[] n = new long[1];
            conn.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", row -> n[0] = row.getLiteral("n").getLong());
            return n[0];
        }
    }

    static Model parse(String body, org.apache.jena.riot.Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
