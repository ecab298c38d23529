package org.cybernorms.cen.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.cybernorms.cen.core.CEN;
import org.cybernorms.cen.server.Http;
import org.cybernorms.cen.server.RunningServer;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.Test;

/** {@code /search} and {@code text:query} on the shared server's real data, over HTTP. */
class SearchIT {

    private static final String DNK_NOTIFICATION = CEN.ID + "position/DNK/countermeasures-prior-notification";

    private static HttpResponse<String> search(String q, String accept) {
        RunningServer server = SharedServer.get();
        return Http.get(server.url() + "search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), accept);
    }

    @Test
    void aQuotesExactWordsFindItsPositionFirst() {
        HttpResponse<String> json = search("Denmark insists on prior notification before countermeasures", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        var results = jakarta.json.Json.createReader(new java.io.StringReader(json.body())).readObject().getJsonArray("results");
        assertThat(results.getJsonObject(0).getString("iri")).isEqualTo(DNK_NOTIFICATION);
        assertThat(results.getJsonObject(0).getString("kind")).isEqualTo("position");
        assertThat(results.getJsonObject(0).getString("field")).isEqualTo("cen:quote");
    }

    @Test
    void aStatesNameFindsTheStateAmongStates() {
        var body = jakarta.json.Json.createReader(new java.io.StringReader(search("Denmark", "application/json").body()))
                .readObject();
        var states = body.getJsonArray("results").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("kind").equals("state")).toList();
        assertThat(states).isNotEmpty();
        assertThat(states.get(0).getString("iri")).isEqualTo(CEN.ID + "state/DNK");
    }

    @Test
    void thePageGroupsByKindAndLinksToPages() {
        HttpResponse<String> page = search("prior notification", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h2>Positions").contains("href=\"/id/position/DNK/countermeasures-prior-notification\"");
    }

    @Test
    void emptyOverlongAndMalformedQueriesAre400() {
        assertThat(search("", "application/json").statusCode()).isEqualTo(400);
        assertThat(search("   ", "application/json").statusCode()).isEqualTo(400);
        assertThat(search("a".repeat(SearchQuery.MAX_LENGTH + 1), "application/json").statusCode()).isEqualTo(400);
        HttpResponse<String> malformed = search("\"unbalanced", "application/json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).startsWith("BAD_PARAMETER: parameter 'q'");
        assertThat(search("AND", "application/json").statusCode()).isEqualTo(400);
        assertThat(search("*leading", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    void textQueryAnswersInSparqlOverHttp() {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?position ?score WHERE {
                  (?citation ?score) text:query "\\"insists on prior notification\\"" .
                  ?position prov:wasDerivedFrom ?citation .
                } ORDER BY DESC(?score)""";
        try (RDFConnection sparql = RDFConnection.queryConnect(SharedServer.get().sparqlUrl())) {
            java.util.List<String> found = new java.util.ArrayList<>();
            sparql.querySelect(query, (QuerySolution row) -> found.add(row.getResource("position").getURI()));
            assertThat(found).contains(DNK_NOTIFICATION);
        }
    }
}
