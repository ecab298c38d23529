package org.cybernorms.cen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front door over HTTP on the shared server: the home page's figures are the served
 * data's (counted again here by SPARQL), the lists link to the profiles, each profile shows
 * what the real data say, and the other representations of a page are unchanged.
 */
class ProfilesIT {

    private static String base;

    @BeforeAll
    static void start() {
        base = SharedServer.get().url();
    }

    private static String page(String path) {
        HttpResponse<String> response = Http.get(base + path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return response.body();
    }

    private static long count(String where) {
        long[] n = new long[1];
        try (RDFConnection conn = RDFConnection.connect(base + "cen")) {
            conn.querySelect("PREFIX cen: <https://w3id.org/cyber-election-norms/ontology#> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(DISTINCT ?x) AS ?n) { " + where + " }",
                    row -> n[0] = row.getLiteral("n").getLong());
        }
        return n[0];
    }

    private static long figure(String home, String what) {
        Matcher m = Pattern.compile("<strong>(\\d+)</strong> " + Pattern.quote(what)).matcher(home);
        assertThat(m.find()).as("the home page gives the number of " + what).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theHomePageSaysWhatCenKgIsWithTheServedDatasFigures() {
        String home = page("");
        assertThat(home).contains("<h1>CEN-KG: the Cyber Election Norms Knowledge Graph</h1>")
                .contains("CC BY 4.0").contains("https://w3id.org/cyber-election-norms/id/dataset/cen-kg");
        assertThat(figure(home, "States")).isEqualTo(count("?x a cen:State ; cen:isoCode ?iso"));
        assertThat(figure(home, "positions")).isEqualTo(count("?x a/rdfs:subClassOf* cen:Position"));
        assertThat(figure(home, "norms")).isEqualTo(count("?x a/rdfs:subClassOf* cen:Norm"));
        assertThat(figure(home, "operations")).isEqualTo(count("?x a/rdfs:subClassOf* cen:CyberOperation"))
                .isGreaterThan(5);
        long inferred = count("GRAPH <https://w3id.org/cyber-election-norms/graph/inferred> { ?x ?p ?o }");
        assertThat(figure(home, "conclusions")).isGreaterThanOrEqualTo(inferred).isPositive();
        for (String entry : new String[] {"/states", "/questions", "/norms", "/cases", "/compare", "/matrix",
                "/conflicts", "/search", "/try", "/sparql-editor/#/dataset/cen/query", "/dumps/"}) {
            assertThat(home).as(entry).contains("href=\"" + entry + "\"");
        }
    }

    @Test
    void theListsLinkToEveryProfile() {
        assertThat(page("states")).contains("href=\"/id/state/DNK\">Denmark</a>").contains("Other holders of positions");
        assertThat(page("questions")).contains("href=\"/id/question/countermeasures-prior-notification\"");
        assertThat(page("norms")).contains("href=\"/id/norm/oxford-2020/2a\"");
        String cases = page("cases");
        assertThat(cases).contains("href=\"/id/operation/dnc-2016\"").contains("href=\"/id/response/us-response-russia-2016\"")
                .contains("Issue 5 &lt;registry&gt; manipulation &amp; &quot;deletion&quot;");
    }

    @Test
    void aStatesProfileShowsItsPositionsQuotesAgreementsAndConflicts() {
        String dnk = page("id/state/DNK");
        assertThat(dnk).contains("id=\"positions\"").contains("Positions by question")
                .contains("href=\"/id/question/countermeasures-prior-notification\"")
                .contains("For instance, Denmark insists on prior notification before countermeasures")
                .contains("<span class=\"source-kind report\">report</span>")
                .contains("id=\"agreements\"").contains("href=\"/id/state/FIN\">Finland</a>")
                .contains("id=\"timeline\"").contains("id=\"norms\"");
        assertThat(dnk.indexOf("id=\"positions\"")).as("the profile comes before the statements")
                .isLessThan(dnk.indexOf("<h2>Statements</h2>"));
        String rus = page("id/state/RUS");
        assertThat(rus).contains("href=\"/id/operation/dnc-2016\"")
                .contains("United States Department of Homeland Security").contains("2016-10-07")
                .contains("<strong>official</strong>");
        assertThat(page("id/state/USA")).contains("href=\"/id/response/us-response-russia-2016\"");
    }

    @Test
    void aQuestionsProfileMapsTheStatesAnswers() {
        String q = page("id/question/sovereignty-standalone-rule");
        assertThat(q).contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"worldmap\"")
                .contains("data-iso=\"DNK\"><title>Denmark: Yes</title>")
                .contains("data-iso=\"GBR\"><title>United Kingdom: No</title>")
                .contains("data-iso=\"CHL\"><title>Chile: no position recorded</title>")
                .contains("no position recorded</li>")
                .contains("id=\"holders\"").contains("The general concept of sovereignty, by itself, does not provide")
                .contains("id=\"conflicts\"");
        assertThat(Pattern.compile("<path d=\"M").matcher(q).results().count()).as("every country drawn")
                .isGreaterThan(150);
    }

    @Test
    void anOperationsNormsAndResponsesProfiles() {
        String op = page("id/operation/dnc-2016");
        assertThat(op).contains("id=\"claims\"").contains("Clinton campaign attributes the DNC hack to Russia")
                .contains("moderate confidence").contains("id=\"assessments\"").contains("Rests on");
        String norm = page("id/norm/oxford-2020/2a");
        assertThat(norm).contains("id=\"endorsers\"").contains("id=\"assessments\"").contains("Kind");
        String response = page("id/response/us-response-russia-2016");
        assertThat(response).contains("id=\"verdicts\"").contains("id=\"conditions\"")
                .contains("href=\"/id/state/RUS\"");
    }

    @Test
    void otherRepresentationsAreUnchanged() {
        HttpResponse<String> turtle = Http.get(base + "id/state/DNK", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(turtle.body()).doesNotContain("<section").contains("state/DNK");
        HttpResponse<String> jsonld = Http.get(base + "id/question/countermeasures-prior-notification", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        assertThat(jsonld.body()).doesNotContain("<svg");
    }

    @Test
    void theSparqlEditorIsAtAStablePathAndItsCallsReachTheServer() {
        HttpResponse<String> editor = Http.get(base + "sparql-editor/", "text/html");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("<title>Apache Jena Fuseki UI</title>");
        assertThat(Http.get(base + "sparql-editor", null).headers().firstValue("Location").orElse(""))
                .endsWith("/sparql-editor/");
        HttpResponse<String> api = Http.get(base + "sparql-editor/$/server?x=1", null);
        assertThat(api.statusCode()).isEqualTo(307);
        assertThat(api.headers().firstValue("Location").orElse("")).endsWith("/$/server?x=1");
        assertThat(Http.get(base + "sparql-editor//example.org/", null).statusCode()).as("never a redirect off the server").isIn(400, 404);
        assertThat(Http.get(base + "sparql-editor/static/no-such.js", null).statusCode()).isEqualTo(404);
    }
}
