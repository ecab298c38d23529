package org.cybernorms.cen.server.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.cybernorms.cen.queries.QueryCatalogue;
import org.cybernorms.cen.server.Http;
import org.cybernorms.cen.server.SharedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue over HTTP on the shared real server: every content type, 400, 404, 406, and the views' HTML. */
class QueryViewsIT {

    private static final String ID = "https://w3id.org/cyber-election-norms/id/";
    private static final String POSITIONS = "queries/positions-on-question?question=sovereignty-standalone-rule";

    private static String base;

    @BeforeAll
    static void start() {
        base = SharedServer.get().url();
    }

    @Test
    void theCataloguePageDocumentsEveryQueryWithARunLink() {
        HttpResponse<String> page = Http.get(base + "queries", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        QueryCatalogue.load().list().forEach(q -> assertThat(page.body())
                .contains("id=\"" + q.name() + "\"")
                .contains(q.header().question().replace("'", "&#39;").replace("\"", "&quot;"))
                .contains("href=\"/queries/" + q.name()));
        assertThat(page.body()).contains("href=\"/queries/positions-on-question?question=countermeasures-prior-notification\"")
                .contains("Reading the answer");
    }

    @Test
    void htmlShowsTheTableWithLinksAndTheBoundQueryEscaped() {
        HttpResponse<String> page = Http.get(base + POSITIONS, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<table class=\"result\">")
                .contains("href=\"/id/position/DNK/sovereignty-standalone-rule\"")
                .contains("href=\"/id/state/GBR\"")
                .contains("<pre class=\"sparql\">")
                // The parameter is bound in the query shown, and the IRI's brackets are escaped.
                .contains("&lt;" + ID + "question/sovereignty-standalone-rule&gt;")
                .doesNotContain("<" + ID + "question/sovereignty-standalone-rule>");
    }

    @Test
    void csvByAcceptHeader() {
        HttpResponse<String> csv = Http.get(base + POSITIONS, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo("holder,answer,qualification,date,quote,source,position,supersededBy,reported,scenario");
        assertThat(csv.body()).contains(ID + "position/DNK/sovereignty-standalone-rule")
                .contains(ID + "position/GBR/sovereignty-standalone-rule/2022");
    }

    @Test
    void tsvByAcceptHeader() {
        HttpResponse<String> tsv = Http.get(base + POSITIONS, "text/tab-separated-values");
        assertThat(tsv.statusCode()).isEqualTo(200);
        assertThat(tsv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
        assertThat(tsv.body().lines().findFirst().orElseThrow().split("\t"))
                .containsExactly("?holder", "?answer", "?qualification", "?date", "?quote", "?source", "?position",
                        "?supersededBy", "?reported", "?scenario");
    }

    @Test
    void sparqlJsonByAcceptHeaderReadsBackAsAResultSet() {
        HttpResponse<String> json = Http.get(base + POSITIONS, "application/sparql-results+json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> holders = new ArrayList<>();
        rows.forEachRemaining(row -> holders.add(row.getResource("holder").getURI()));
        assertThat(holders).contains(ID + "state/DNK", ID + "state/GBR");
    }

    @Test
    void formatParameterWinsOverAcceptAndTextTableIsOffered() {
        HttpResponse<String> csv = Http.get(base + POSITIONS + "&format=csv", "text/html");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        HttpResponse<String> table = Http.get(base + POSITIONS, "text/plain");
        assertThat(table.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(table.body()).contains("cenid:position/DNK/sovereignty-standalone-rule");
        HttpResponse<String> json = Http.get(base + POSITIONS + "&format=json", null);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
    }

    @Test
    void aBadValueIs400NamingTheParameterWithoutAStackTrace() {
        HttpResponse<String> bad = Http.get(base + "queries/positions-on-question?question=%3Cscript%3Ex", "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("BAD_PARAMETER: parameter &#39;question&#39;")
                .contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("at org.");
        HttpResponse<String> plain = Http.get(base + "queries/holders-of-answer?answer=no-slash", "text/csv");
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).startsWith("BAD_PARAMETER: parameter 'answer'");
        assertThat(Http.get(base + "queries/coverage?state=DNK", null).body()).startsWith("UNKNOWN_PARAMETER: parameter 'state'");
        assertThat(Http.get(base + "queries/positions-on-question", null).body())
                .startsWith("MISSING_PARAMETER: parameter 'question'");
        HttpResponse<String> format = Http.get(base + "queries/coverage?format=xml", null);
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(format.body()).startsWith("BAD_PARAMETER: parameter 'format'");
    }

    @Test
    void anUnknownQueryIs404() {
        HttpResponse<String> missing = Http.get(base + "queries/who-is-right", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).startsWith("UNKNOWN_QUERY: no query named 'who-is-right'");
    }

    @Test
    void anUnacceptableTypeIs406() {
        assertThat(Http.get(base + POSITIONS, "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void compareMarksTheConflictingCells() {
        HttpResponse<String> page = Http.get(base + "compare?states=DNK,GBR", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String row = row(page.body(), "<tr data-question=\"" + ID + "question/sovereignty-standalone-rule\">");
        assertThat(row).contains("<td class=\"conflict\" data-state=\"" + ID + "state/DNK\">")
                .contains("<td class=\"conflict\" data-state=\"" + ID + "state/GBR\">")
                .contains("sovereignty is not only a principle but a primary rule")
                .contains("href=\"/id/position/DNK/sovereignty-standalone-rule\"")
                .contains("href=\"/id/source/dnk-position-paper-2023\"")
                .endsWith("<td class=\"verdict\">conflict</td></tr>");
        assertThat(page.body()).contains("href=\"/id/state/DNK\"").contains("href=\"/id/state/GBR\"");
    }

    @Test
    void compareAnswers400ForABadStateAndAFormWithoutStates() {
        HttpResponse<String> bad = Http.get(base + "compare?states=DNK,not%20a%20state", null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).startsWith("BAD_PARAMETER: parameter 'states'");
        HttpResponse<String> form = Http.get(base + "compare", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<form").contains("name=\"states\"");
    }

    @Test
    void theMatrixIsAnSvgWhoseCellsLinkToPositions() {
        HttpResponse<String> page = Http.get(base + "matrix", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").doesNotContain("<script")
                .contains("<a href=\"/id/position/DNK/sovereignty-standalone-rule\"")
                .contains("<rect class=\"cell conflict\" data-position=\"" + ID + "position/DNK/sovereignty-standalone-rule\"")
                .contains("<a href=\"/id/state/DNK\"")
                .contains("<a href=\"/id/question/sovereignty-standalone-rule\"");
    }

    @Test
    void theConflictGraphJoinsDenmarkAndTheUnitedKingdomOnTheQuestion() {
        HttpResponse<String> page = Http.get(base + "conflicts", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String edge = row(page.body(), "<g class=\"edge\" data-holders=\"" + ID + "state/DNK " + ID + "state/GBR\">");
        assertThat(edge).contains(">sovereignty-standalone-rule<");
        assertThat(page.body()).doesNotContain("<script").contains("data-holder=\"" + ID + "state/DNK\"")
                .contains("<a href=\"/id/state/GBR\"");
    }

    /** The element that starts with {@code start}, up to the end of its row or group. */
    private static String row(String html, String start) {
        int from = html.indexOf(start);
        assertThat(from).as("the page holds " + start).isNotNegative();
        int end = start.startsWith("<tr") ? html.indexOf("</tr>", from) + "</tr>".length() : html.indexOf("</g>", from);
        return html.substring(from, end);
    }
}
